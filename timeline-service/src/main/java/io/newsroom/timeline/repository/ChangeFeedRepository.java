package io.newsroom.timeline.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.stylebook.Change;
import io.newsroom.stylebook.ChangeFeed;
import io.newsroom.stylebook.ChangeQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The change feed the database keeps from the revisions (migration V8): its pages, its bounds and its
 * pruning. Each read is one statement on the reactive client, outside any write's transaction.
 */
@ApplicationScoped
public class ChangeFeedRepository implements ChangeFeed.Store {

    /** The channel the feed's trigger notifies when a write commits. */
    public static final String CHANNEL = "timeline_changes";
    /** The feed's statements are logged here, not with a request's: the relay reads every second, whoever asks. */
    private static final Logger LOG = Logger.getLogger("io.newsroom.changes.sql");

    private static final String CHANGE_JSON = "cast(jsonb_build_object('id', cast(c.position as text), 'type', c.type,"
            + " 'storyId', c.story_id, 'resourceType', split_part(c.type, '.', 1), 'resourceId', r.resource_id,"
            + " 'revision', r.number, 'revisionId', r.id,"
            + " 'recordedAt', r.recorded_at,"
            + " 'data', r.state) as text)";
    private static final String PAGE = "select " + CHANGE_JSON + " from change_feed c join revision r on r.id = c.revision_id"
            + " where c.position > :after";
    private static final String BY_STORY = " and c.story_id = :storyId";
    private static final String BY_TYPE = " and c.type = any(:types)";
    private static final String ORDER = " order by c.position limit :limit";

    private static final String BOUNDS = "select coalesce((select max(position) from change_feed), 0) as last,"
            + " (select min(position) from change_feed) as oldest";
    /**
     * Always a prefix of the feed, even if the clock stepped back (the pages' 410 rests on that), and never the newest
     * entry, whose position the next write counts on from.
     */
    private static final String PRUNE = "delete from change_feed where position <= (select max(position) from change_feed"
            + " where entered_at < :cutoff) and position < (select max(position) from change_feed)";

    private final Statements statements;
    private final ObjectMapper json;

    public ChangeFeedRepository(Statements statements, ObjectMapper json) {
        this.statements = statements;
        this.json = json;
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
        return statements.query(sql.toString(), parameters, LOG).map(rows -> {
            List<Change> changes = new ArrayList<>(rows.size());
            for (Row row : rows) {
                changes.add(read(row.getString(0)));
            }
            return changes;
        });
    }

    @Override
    public Uni<ChangeFeed.Bounds> bounds() {
        return statements.query(BOUNDS, Map.of(), LOG).map(rows -> {
            Row row = rows.iterator().next();
            return new ChangeFeed.Bounds(row.getLong("last"), row.getLong("oldest"));
        });
    }

    @Override
    public Uni<Integer> prune(Instant cutoff) {
        return statements.query(PRUNE, Map.of("cutoff", cutoff), LOG).map(rows -> rows.rowCount());
    }

    private Change read(String change) {
        try {
            return json.readValue(change, Change.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the change feed returned an entry this service cannot read", e);
        }
    }
}
