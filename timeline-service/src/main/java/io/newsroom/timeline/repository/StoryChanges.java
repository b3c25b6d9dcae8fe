package io.newsroom.timeline.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * How many writes a story has had, and the outlets every story names: kept by the database from
 * the revisions (see migration V7), read here as the entity tag of what is composed from them.
 */
@ApplicationScoped
public class StoryChanges {

    private static final String COUNTS = "select coalesce((select changes from story_change where story_id = :storyId), 0) as story,"
            + " coalesce((select changes from story_change where story_id = ''), 0) as shared";

    private final Statements statements;

    public StoryChanges(Statements statements) {
        this.statements = statements;
    }

    /**
     * A weak entity tag that changes with every write to the story or to an outlet. Read it before
     * what it tags: a write committed in between then changes the tag, never hides behind it.
     */
    public Uni<String> entityTag(String storyId) {
        return statements.query(COUNTS, Map.of("storyId", storyId)).map(rows -> {
            Row row = rows.iterator().next();
            return "W/\"" + row.getLong("story") + "." + row.getLong("shared") + "\"";
        });
    }
}
