package io.newsroom.timeline.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * How many writes a story has had, and the outlets every story names: kept by the database from
 * the revisions (see migration V7), read here as the entity tag of what is composed from them.
 */
@ApplicationScoped
public class StoryChanges {

    static final String COUNTS = "select coalesce((select changes from story_change where story_id = :storyId), 0) as story,"
            + " coalesce((select changes from story_change where story_id = ''), 0) as shared,"
            // The last end passed among the story's expected events: one probe of the partial index event_expected_end
            // (migration V9), read backwards, however many of them are overdue.
            + " coalesce((select cast(extract(epoch from max(coalesce(e.end_latest, e.latest))) * 1000000 as bigint)"
            + " from event e where e.story_id = :storyId"
            + " and e.status in ('SCHEDULED', 'POSTPONED', 'RESCHEDULED') and coalesce(e.end_latest, e.latest) < :now), 0)"
            + " as last_overdue";

    private final Statements statements;

    public StoryChanges(Statements statements) {
        this.statements = statements;
    }

    /**
     * A weak entity tag that changes with every write to the story or to an outlet, and when one of
     * the story's events turns overdue at {@code now} with no write at all. While nothing is written
     * the story's expected events stay the same, and those overdue at {@code now} are exactly those
     * whose end is at or before the last end passed: so counter and last end together name the window,
     * and reading them costs the same for a story of a hundred thousand events as for one of ten. Read
     * it before what it tags: a write committed in between then changes the tag, never hides behind it.
     */
    public Uni<String> entityTag(String storyId, Instant now) {
        return statements.query(COUNTS, Map.of("storyId", storyId, "now", now)).map(rows -> {
            Row row = rows.iterator().next();
            return "W/\"" + row.getLong("story") + "." + row.getLong("shared") + "." + row.getLong("last_overdue") + "\"";
        });
    }
}
