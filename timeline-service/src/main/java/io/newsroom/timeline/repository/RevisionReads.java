package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionAction;
import io.newsroom.timeline.domain.RevisionEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads answered from revisions, each one statement on the reactive client. */
@ApplicationScoped
public class RevisionReads {

    private static final String REVISION_COLUMNS = "r.id, r.resource_type, r.resource_id, r.story_id, r.number, r.action,"
            + " r.author_subject, r.author_name, r.recorded_at, r.changes::text as changes, r.state::text as state, r.version";

    /** Where a resource must belong for its revisions to be its: a story, and for a transition an event too. */
    public record Owner(String storyId, String eventId) {

        public static final Owner NONE = new Owner(null, null);

        public static Owner story(String storyId) {
            return new Owner(storyId, null);
        }
    }

    private final Statements statements;

    public RevisionReads(Statements statements) {
        this.statements = statements;
    }

    /** A resource's revisions, newest first, below the given number (null: from the newest). */
    public Uni<List<RevisionEntity>> revisions(ResourceType type, String id, Owner owner, Integer below, int limit) {
        StringBuilder sql = new StringBuilder("select ").append(REVISION_COLUMNS)
                .append(" from revision r where r.resource_type = :type and r.resource_id = :id");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", type.key());
        parameters.put("id", id);
        if (owner.storyId() != null) {
            sql.append(" and r.story_id = :storyId");
            parameters.put("storyId", owner.storyId());
        }
        if (owner.eventId() != null) {
            sql.append(" and r.state ->> 'eventId' = :eventId");
            parameters.put("eventId", owner.eventId());
        }
        if (below != null) {
            sql.append(" and r.number < :below");
            parameters.put("below", below);
        }
        sql.append(" order by r.number desc limit :limit");
        parameters.put("limit", limit);
        return statements.query(sql.toString(), parameters).map(rows -> {
            List<RevisionEntity> out = new ArrayList<>(rows.size());
            rows.forEach(row -> out.add(revision(row)));
            return out;
        });
    }

    static RevisionEntity revision(Row row) {
        RevisionEntity revision = new RevisionEntity();
        revision.id = row.getUUID("id");
        revision.resourceType = row.getString("resource_type");
        revision.resourceId = row.getString("resource_id");
        revision.storyId = row.getString("story_id");
        revision.number = row.getInteger("number");
        revision.action = RevisionAction.valueOf(row.getString("action"));
        revision.authorSubject = row.getString("author_subject");
        revision.authorName = row.getString("author_name");
        revision.recordedAt = EventReads.instant(row, "recorded_at");
        revision.changes = row.getString("changes");
        revision.state = row.getString("state");
        revision.version = row.getInteger("version");
        return revision;
    }
}
