package io.newsroom.claims.repository;

import io.newsroom.stylebook.Change;
import io.newsroom.stylebook.ChangeFeed;
import io.newsroom.stylebook.ChangeQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The change feed the database keeps from the revisions (migration V12): its pages, its bounds and its
 * pruning, each one statement on the pool, outside any write's transaction.
 */
@ApplicationScoped
public class ChangeFeedRepository implements ChangeFeed.Store {

    /** The channel the feed's trigger notifies when a write commits. */
    public static final String CHANNEL = "claims_changes";
    /** The feed's statements are logged here, not with a request's: the relay reads every second, whoever asks. */
    private static final Logger LOG = Logger.getLogger("io.newsroom.changes.sql");

    private static final String PAGE = "SELECT cast(jsonb_build_object('id', cast(c.position AS text), 'type', c.type,"
            + " 'storyId', c.story_id, 'resourceType', split_part(c.type, '.', 1), 'resourceId', r.resource_id,"
            + " 'revision', r.number, 'revisionId', r.id, 'recordedAt', r.recorded_at, 'data', r.state) AS text)"
            + " FROM change_feed c JOIN revision r ON r.id = c.revision_id WHERE c.position > :after";
    private static final String BY_STORY = " AND c.story_id = :storyId";
    private static final String BY_TYPE = " AND c.type = any(:types)";
    private static final String ORDER = " ORDER BY c.position LIMIT :limit";

    private static final String BOUNDS = "SELECT cast(json_build_object('last', coalesce((SELECT max(position) FROM change_feed), 0),"
            + " 'oldest', (SELECT min(position) FROM change_feed)) AS text)";
    /**
     * Always a prefix of the feed, even if the clock stepped back (the pages' 410 rests on that), and never the newest
     * entry, whose position the next write counts on from.
     */
    private static final String PRUNE = "WITH pruned AS (DELETE FROM change_feed WHERE position <= (SELECT max(position)"
            + " FROM change_feed WHERE entered_at < cast(cast(:cutoff AS text) AS timestamptz))"
            + " AND position < (SELECT max(position) FROM change_feed) RETURNING 1)"
            + " SELECT cast(count(*) AS text) FROM pruned";

    private final PoolReads reads;

    public ChangeFeedRepository(PoolReads reads) {
        this.reads = reads;
    }

    /** On the story's index when the query names one. */
    @Override
    public Uni<List<Change>> page(ChangeQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", query.after());
        parameters.put("limit", query.limit());
        StringBuilder sql = new StringBuilder(PAGE);
        if (query.storyId() != null) {
            sql.append(BY_STORY);
            parameters.put("storyId", query.storyId());
        }
        if (!query.types().isEmpty()) {
            sql.append(BY_TYPE);
            parameters.put("types", query.types().toArray(String[]::new));
        }
        sql.append(ORDER);
        return reads.read(sql.toString(), parameters, Change.class, LOG);
    }

    @Override
    public Uni<ChangeFeed.Bounds> bounds() {
        return reads.read(BOUNDS, Map.of(), ChangeFeed.Bounds.class, LOG).map(rows -> rows.get(0));
    }

    @Override
    public Uni<Integer> prune(Instant cutoff) {
        return reads.read(PRUNE, Map.of("cutoff", cutoff.toString()), Integer.class, LOG).map(rows -> rows.get(0));
    }
}
