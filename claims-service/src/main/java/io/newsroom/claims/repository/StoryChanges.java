package io.newsroom.claims.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * How many writes a story has had, and the actors every story names: kept by the database from the
 * revisions (see migration V11), read here as the entity tag of what is composed from them.
 */
@ApplicationScoped
public class StoryChanges {

    private static final String TAG = "SELECT cast(to_json('W/\"'"
            + " || coalesce((SELECT changes FROM story_change WHERE story_id = :storyId), 0) || '.'"
            + " || coalesce((SELECT changes FROM story_change WHERE story_id = ''), 0) || '\"') AS text)";

    private final PoolReads reads;

    public StoryChanges(PoolReads reads) {
        this.reads = reads;
    }

    /**
     * A weak entity tag that changes with every write to the story's claims or to an actor. Read it
     * before what it tags: a write committed in between then changes the tag, never hides behind it.
     */
    public Uni<String> entityTag(String storyId) {
        return reads.read(TAG, Map.of("storyId", storyId), String.class).map(rows -> rows.get(0));
    }
}
