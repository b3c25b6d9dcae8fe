package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a change feed's reader, the same in both services. */
class ChangeQueryTest {

    private static final Set<String> TYPES = ChangeQuery.typesOf(List.of("story", "event-relation"), "article.retracted");

    @Test
    void aQueryReadsEveryParameter() {
        ChangeQuery query = ChangeQuery.of("41", "peace-plan", "story.updated, event-relation.deleted", "10", TYPES);
        assertEquals(new ChangeQuery(41, true, "peace-plan", List.of("story.updated", "event-relation.deleted"), 10), query);
        ChangeQuery first = ChangeQuery.of(null, null, null, null, TYPES);
        assertEquals(new ChangeQuery(0, false, null, List.of(), ChangeQuery.DEFAULT_LIMIT), first);
        assertEquals(7, first.resumedFrom("7").after());
        assertTrue(first.resumedFrom("7").resuming());
        assertEquals(first, first.resumedFrom(" "));
        assertTrue(TYPES.containsAll(List.of("story.created", "story.restored", "event-relation.updated", "article.retracted")));
    }

    @Test
    void everyTypeOnceFitsAndALongerListIsRefused() {
        Set<String> every = ChangeQuery.typesOf(List.of("story", "outlet", "article", "event", "transition", "event-relation",
                "actor", "claim", "appearance", "stance", "verdict", "claim-relation"), "article.corrected", "article.retracted",
                "article.published");
        String all = String.join(",", every);
        assertEquals(every.size(), ChangeQuery.of(null, null, all, null, every).types().size());
        ProblemException e = assertThrows(ProblemException.class,
                () -> ChangeQuery.of(null, null, all + ("," + all).repeat(3), null, every));
        assertEquals("types", e.fields().get(0).field());
    }

    @ParameterizedTest
    @CsvSource({"after,-1", "after,1.5", "after,ten", "after,99999999999999999999", "limit,0", "limit,1001", "limit,many",
            "types,story.renamed", "types,'story.created,'", "storyId,' '"})
    void aBadParameterIsA400NamingIt(String field, String value) {
        ProblemException e = assertThrows(ProblemException.class, () -> ChangeQuery.of(
                field.equals("after") ? value : null, field.equals("storyId") ? value : null,
                field.equals("types") ? value : null, field.equals("limit") ? value : null, TYPES));
        assertEquals(ProblemType.BAD_REQUEST, e.type());
        assertEquals(field, e.fields().get(0).field());
    }

    @Test
    void aPositionBeyondTheFeedIsA400AndOneBeforeWhatWasPrunedIsA410SayingWhereToRestart() {
        ChangeQuery query = ChangeQuery.of("5", null, null, null, TYPES);
        assertEquals("after", assertThrows(ProblemException.class,
                () -> query.requireAnswerable(4, 1L, Duration.ofDays(30), "after")).fields().get(0).field());
        ProblemException gone = assertThrows(ProblemException.class,
                () -> query.requireAnswerable(20, 10L, Duration.ofDays(30), "Last-Event-ID"));
        assertEquals(ProblemType.CHANGES_PRUNED, gone.type());
        assertEquals(410, gone.type().status());
        assertEquals("Last-Event-ID", gone.fields().get(0).field());
        assertTrue(gone.getMessage().contains("after=9") && gone.getMessage().contains("30 days"), gone.getMessage());
        assertDoesNotThrow(() -> ChangeQuery.of("9", null, null, null, TYPES).requireAnswerable(20, 10L, Duration.ofDays(30), "after"));
        // All pruned: nothing is kept, so only the last position is a place to go on from.
        assertThrows(ProblemException.class, () -> query.requireAnswerable(20, null, Duration.ofHours(2), "after"));
        assertDoesNotThrow(() -> ChangeQuery.of("20", null, null, null, TYPES).requireAnswerable(20, null, Duration.ofHours(2), "after"));
        // A reader that names no position starts from the oldest kept and has missed nothing.
        assertDoesNotThrow(() -> ChangeQuery.of(null, null, null, null, TYPES).requireAnswerable(20, 10L, Duration.ofDays(30), "after"));
    }

    @Test
    void aStreamWantsTheChangesOfItsStoryAndTypes() {
        Change update = change("peace-plan", "story.updated");
        assertTrue(ChangeQuery.of(null, "peace-plan", null, null, TYPES).wants(update));
        assertFalse(ChangeQuery.of(null, "other", null, null, TYPES).wants(update));
        assertFalse(ChangeQuery.of(null, null, "story.deleted", null, TYPES).wants(update));
        assertTrue(ChangeQuery.of(null, null, "story.deleted,story.updated", null, TYPES).wants(update));
        assertFalse(ChangeQuery.of(null, "peace-plan", null, null, TYPES).wants(change(null, "story.updated")));
    }

    @Test
    void aPageGoesOnFromItsLastChangeOrStaysWhereItWas() {
        assertEquals("12", ChangePage.of(List.of(change("s", "story.created", "11"), change("s", "story.updated", "12")), 3).next());
        assertEquals("3", ChangePage.of(List.of(), 3).next());
    }

    private static Change change(String story, String type) {
        return change(story, type, "1");
    }

    private static Change change(String story, String type, String id) {
        return new Change(id, type, story, type.substring(0, type.indexOf('.')), "x", 1, UUID.randomUUID(), Instant.EPOCH,
                JsonNodeFactory.instance.objectNode());
    }
}
