package io.newsroom.claims.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.repository.StoredRevision;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RestorableTest {

    private static final Instant DELETED = Instant.parse("2025-11-01T10:00:00Z");

    @Test
    void aDeletionOlderThanTheRetentionCannotBeUndone() {
        Duration month = Duration.ofDays(30);
        assertDoesNotThrow(() -> Restorable.withinRetention(deleted(3), DELETED.plus(month), month, "claim x"));
        ProblemException late = assertThrows(ProblemException.class,
                () -> Restorable.withinRetention(deleted(3), DELETED.plus(month).plusSeconds(1), month, "claim x"));
        assertEquals(ProblemType.NOT_FOUND, late.type());
    }

    @Test
    void aRestoredResourceCarriesOnAboveItsOldVersion() {
        assertEquals(4, Restorable.nextVersion(deleted(3)));
        assertEquals(1, Restorable.nextVersion(deleted(null)));
    }

    private static StoredRevision deleted(Integer version) {
        return new StoredRevision("claim", UUID.randomUUID(), "a-story", null, 2, RevisionAction.DELETED, DELETED,
                version, null);
    }
}
