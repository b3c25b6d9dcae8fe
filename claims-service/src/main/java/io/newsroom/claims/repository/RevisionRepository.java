package io.newsroom.claims.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.api.Revision;
import io.newsroom.claims.domain.RevisedResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The revision table: written in the transaction of each write, read for histories and restores.
 * A write's revisions go in as one statement whatever their number (a JSON array turned into rows),
 * after one statement that fetched the revisions before them.
 */
@ApplicationScoped
public class RevisionRepository {

    /** A revision as the API shows it (alias r). */
    private static final String REVISION_JSON = "json_build_object('id', r.id, 'resourceType', r.resource_type,"
            + " 'resourceId', r.resource_id, 'storyId', r.story_id, 'number', r.number, 'action', r.action,"
            + " 'author', json_build_object('subject', r.author_subject, 'name', r.author_name),"
            + " 'recordedAt', newsroom_utc(r.recorded_at), 'changes', r.changes, 'state', r.state)";
    /** A revision with its state (alias r), as {@link StoredRevision}. */
    private static final String STORED_JSON = "json_build_object('resourceType', r.resource_type,"
            + " 'resourceId', r.resource_id, 'storyId', r.story_id, 'claimId', r.claim_id, 'number', r.number,"
            + " 'action', r.action, 'recordedAt', newsroom_utc(r.recorded_at), 'version', r.version, 'state', r.state)";
    private static final String NEWER_FIRST = " ORDER BY r.recorded_at DESC, r.number DESC, r.id DESC";

    private final ObjectMapper json;

    public RevisionRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The newest revision of each of these resources, by number.
     *
     * @param keys a JSON array of {"type": resource type, "id": resource id}
     */
    @WithSession
    public Uni<List<StoredRevision>> latest(String keys) {
        String sql = "SELECT DISTINCT ON (r.resource_type, r.resource_id) cast(" + STORED_JSON + " AS text)"
                + " FROM revision r JOIN jsonb_to_recordset(cast(cast(:keys AS text) AS jsonb)) AS k(type text, id uuid)"
                + " ON r.resource_type = k.type AND r.resource_id = k.id"
                + " ORDER BY r.resource_type, r.resource_id, r.number DESC";
        return query(sql, Map.of("keys", keys), StoredRevision.class);
    }

    /**
     * Stores revisions given as a JSON array of objects named as the table's columns.
     */
    @WithSession
    public Uni<Integer> insert(String rows) {
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO revision"
                        + " (id, resource_type, resource_id, story_id, claim_id, actor_id, number, action,"
                        + " author_subject, author_name, recorded_at, changes, state, version)"
                        + " SELECT r.id, r.resource_type, r.resource_id, r.story_id, r.claim_id, r.actor_id, r.number,"
                        + " r.action, r.author_subject, r.author_name, r.recorded_at, r.changes, r.state, r.version"
                        + " FROM jsonb_to_recordset(cast(cast(:rows AS text) AS jsonb)) AS r(id uuid, resource_type text,"
                        + " resource_id uuid, story_id text, claim_id uuid, actor_id uuid, number integer, action text,"
                        + " author_subject text, author_name text, recorded_at timestamptz, changes jsonb, state jsonb,"
                        + " version integer)")
                .setParameter("rows", rows)
                .executeUpdate());
    }

    /** The newest revision of one resource, or a null item when it has none. */
    @WithSession
    public Uni<StoredRevision> latest(RevisedResource type, UUID id) {
        String sql = "SELECT cast(" + STORED_JSON + " AS text) FROM revision r"
                + " WHERE r.resource_type = :type AND r.resource_id = cast(cast(:id AS text) AS uuid)"
                + " ORDER BY r.number DESC LIMIT 1";
        return query(sql, Map.of("type", type.key(), "id", id.toString()), StoredRevision.class)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * The parts of a claim (appearances, stances, verdict, relations either way) that were deleted with it,
     * in the same transaction and so at the same instant: what a restore of the claim brings back.
     */
    @WithSession
    public Uni<List<StoredRevision>> deletedWith(String storyId, UUID claimId, Instant deletedAt) {
        String sql = "SELECT cast(" + STORED_JSON + " AS text) FROM ("
                + " SELECT DISTINCT ON (r.resource_type, r.resource_id) r.* FROM revision r"
                + " WHERE r.story_id = :storyId AND r.resource_type IN ('appearance', 'stance', 'verdict', 'relation')"
                + " AND (r.claim_id = cast(cast(:claimId AS text) AS uuid)"
                + " OR (r.resource_type = 'relation' AND r.state->>'toClaimId' = :claimId))"
                + " ORDER BY r.resource_type, r.resource_id, r.number DESC) r"
                + " WHERE r.action = 'DELETED' AND r.recorded_at = cast(cast(:deletedAt AS text) AS timestamptz)"
                + " ORDER BY r.resource_type, r.recorded_at, r.resource_id";
        return query(sql, Map.of("storyId", storyId, "claimId", claimId.toString(), "deletedAt", deletedAt.toString()),
                StoredRevision.class);
    }

    /**
     * Revisions newest first, after the cursor (recordedAt, number, id) of the previous page: of one
     * resource, or with {@code actorId} and no {@code resourceId}, of every stance that actor took on
     * the claim {@code claimId}.
     *
     * @param storyId the story the resource must belong to; null for actors
     * @param claimId the claim it must be part of; null for actors and claims
     */
    @WithSession
    public Uni<List<Revision>> history(RevisedResource type, UUID resourceId, String storyId, UUID claimId,
                                       UUID actorId, Instant afterRecorded, Integer afterNumber, UUID afterId,
                                       int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT cast(" + REVISION_JSON + " AS text) FROM revision r"
                + " WHERE r.resource_type = :type");
        parameters.put("type", type.key());
        if (resourceId != null) {
            sql.append(" AND r.resource_id = cast(cast(:id AS text) AS uuid)");
            parameters.put("id", resourceId.toString());
        }
        if (storyId != null) {
            sql.append(" AND r.story_id = :storyId");
            parameters.put("storyId", storyId);
        }
        if (claimId != null) {
            sql.append(" AND r.claim_id = cast(cast(:claimId AS text) AS uuid)");
            parameters.put("claimId", claimId.toString());
        }
        if (actorId != null) {
            // A stance moved to another actor by a merge keeps its id, so its earlier revisions count too.
            sql.append(" AND (r.actor_id = cast(cast(:actorId AS text) AS uuid) OR r.resource_id IN (SELECT s.id"
                    + " FROM stance s WHERE s.claim_id = cast(cast(:claimId AS text) AS uuid)"
                    + " AND s.actor_id = cast(cast(:actorId AS text) AS uuid)))");
            parameters.put("actorId", actorId.toString());
        }
        if (afterId != null) {
            sql.append(" AND (r.recorded_at, r.number, r.id) < (cast(cast(:afterRecorded AS text) AS timestamptz),"
                    + " cast(cast(:afterNumber AS text) AS integer), cast(cast(:afterId AS text) AS uuid))");
            parameters.put("afterRecorded", afterRecorded.toString());
            parameters.put("afterNumber", afterNumber.toString());
            parameters.put("afterId", afterId.toString());
        }
        sql.append(NEWER_FIRST).append(" LIMIT :limit");
        parameters.put("limit", limit);
        return query(sql.toString(), parameters, Revision.class);
    }

    private <T> Uni<List<T>> query(String sql, Map<String, Object> parameters, Class<T> rowType) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<String> query = session.createNativeQuery(sql, String.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).map(documents -> {
            List<T> rows = new ArrayList<>(documents.size());
            for (String document : documents) {
                try {
                    rows.add(json.readValue(document, rowType));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a revision query returned a row this service cannot read", e);
                }
            }
            return rows;
        });
    }
}
