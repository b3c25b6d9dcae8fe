package io.newsroom.claims.service;

import io.newsroom.claims.repository.StoredRevision;
import io.newsroom.stylebook.ProblemException;
import java.time.Duration;
import java.time.Instant;

/** The rules every restore follows, whatever it brings back. */
final class Restorable {

    private Restorable() {
    }

    /**
     * Refuses a restore of something deleted longer ago than the retention allows: there is no longer a
     * deleted resource to restore (404, as timeline-service answers it), though its revisions remain.
     */
    static void withinRetention(StoredRevision deleted, Instant now, Duration retention, String what) {
        if (deleted.recordedAt().plus(retention).isBefore(now)) {
            throw ProblemException.notFound("The " + what + " was deleted at " + deleted.recordedAt()
                    + ", longer ago than restores are allowed (" + retention.toDays() + " days); its revisions are kept");
        }
    }

    /**
     * The version a restored claim or actor carries on at: above the one it had when deleted, so a
     * client's ETag from before the deletion is stale, not a match.
     */
    static int nextVersion(StoredRevision deleted) {
        return (deleted.version() == null ? 0 : deleted.version()) + 1;
    }
}
