package io.newsroom.claims.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.api.ReviewReason;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads claims as the desk sees them now (as of an instant: {@link AsOfRepository}). Each read is ONE
 * SQL statement: the status is the one stored on the claim, and appearances, stances with their
 * evidence and the verdict are nested as JSON by correlated subqueries, so a page costs the same
 * number of statements whether it holds one claim or two hundred.
 *
 * <p>Instants and ids are bound as text and converted in SQL: PostgreSQL infers a placeholder's
 * type from its cast, and the reactive driver only encodes the exact Java type it infers.
 */
@ApplicationScoped
public class ClaimViewRepository {

    private final ObjectMapper json;
    private final PoolReads reads;

    public ClaimViewRepository(ObjectMapper json, PoolReads reads) {
        this.json = json;
        this.reads = reads;
    }

    /** One page of a story's claims as they are now (a read as of an instant is {@link AsOfRepository}'s). */
    public Uni<List<ClaimRow>> list(ClaimFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("c.story_id = :storyId");
        parameters.put("storyId", filter.storyId());
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND st.status = ANY(cast(cast(:statuses AS text) AS text[]))");
            parameters.put("statuses", String.join(",", filter.statuses()).transform(list -> "{" + list + "}"));
        }
        if (filter.claimantId() != null) {
            where.append(" AND c.claimant_id = cast(cast(:claimantId AS text) AS uuid)");
            parameters.put("claimantId", filter.claimantId().toString());
        }
        if (filter.tag() != null) {
            where.append(" AND c.tags @> ARRAY[cast(:tag AS text)]");
            parameters.put("tag", filter.tag());
        }
        // A claim is in the range when its made-at interval overlaps it.
        if (filter.from() != null) {
            where.append(" AND c.made_latest >= cast(cast(:from AS text) AS timestamptz)");
            parameters.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            where.append(" AND c.made_earliest <= cast(cast(:to AS text) AS timestamptz)");
            parameters.put("to", filter.to().toString());
        }
        if (filter.text() != null) {
            where.append(" AND (c.search @@ websearch_to_tsquery(c.search_config, :text)"
                    + " OR EXISTS (SELECT 1 FROM appearance aq WHERE aq.claim_id = c.id"
                    + " AND aq.search @@ websearch_to_tsquery(aq.search_config, :text)))");
            parameters.put("text", filter.text());
        }
        if (filter.afterId() != null) {
            where.append(" AND (c.made_earliest, c.made_latest, c.id)"
                    + " > (cast(cast(:afterEarliest AS text) AS timestamptz), cast(cast(:afterLatest AS text) AS timestamptz), cast(cast(:afterId AS text) AS uuid))");
            parameters.put("afterEarliest", filter.afterEarliest().toString());
            parameters.put("afterLatest", filter.afterLatest().toString());
            parameters.put("afterId", filter.afterId().toString());
        }
        parameters.put("limit", filter.limit());
        String sql = selectClaims()
                + " WHERE " + where
                + " ORDER BY c.made_earliest, c.made_latest, c.id LIMIT :limit";
        return reads.read(sql, parameters, ClaimRow.class);
    }

    /** The claim as committed, for a read outside any transaction. */
    public Uni<ClaimRow> find(String storyId, UUID claimId) {
        return reads.read(FIND, findParameters(storyId, claimId), ClaimRow.class)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The claim as the current transaction has just written it: read through its own session. */
    @WithSession
    public Uni<ClaimRow> findWritten(String storyId, UUID claimId) {
        return query(FIND, findParameters(storyId, claimId), ClaimRow.class)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private static Map<String, Object> findParameters(String storyId, UUID claimId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("storyId", storyId);
        parameters.put("claimId", claimId.toString());
        return parameters;
    }

    /** These claims as the current transaction has written them (a merge's revisions record them). */
    @WithSession
    public Uni<List<ClaimRow>> findWritten(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", uuidArray(claimIds));
        return query(selectClaims() + " WHERE c.id = ANY(cast(cast(:ids AS text) AS uuid[])) ORDER BY c.id",
                parameters, ClaimRow.class);
    }

    /** These stances as the current transaction has written them. */
    @WithSession
    public Uni<List<ClaimRow.StanceRow>> stancesWritten(Collection<UUID> stanceIds) {
        if (stanceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String sql = "SELECT cast(" + STANCE_JSON + " AS text) FROM stance s JOIN actor sa ON sa.id = s.actor_id"
                + " WHERE s.id = ANY(cast(cast(:ids AS text) AS uuid[])) ORDER BY s.recorded_at, s.id";
        return query(sql, Map.of("ids", uuidArray(stanceIds)), ClaimRow.StanceRow.class);
    }

    private static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The disputes board: DISPUTED or CONTESTED claims, newest stance activity first. */
    public Uni<List<ClaimRow>> disputes(String storyId, Instant afterActivity, UUID afterId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("storyId", storyId);
        parameters.put("limit", limit);
        StringBuilder where = new StringBuilder("c.story_id = :storyId AND st.status IN ('DISPUTED', 'CONTESTED')");
        if (afterId != null) {
            where.append(" AND (st.last_activity, c.id) < (cast(cast(:afterActivity AS text) AS timestamptz), cast(cast(:afterId AS text) AS uuid))");
            parameters.put("afterActivity", afterActivity.toString());
            parameters.put("afterId", afterId.toString());
        }
        String sql = selectClaims() + " WHERE " + where
                + " ORDER BY st.last_activity DESC, c.id DESC LIMIT :limit";
        return reads.read(sql, parameters, ClaimRow.class);
    }

    /**
     * What the story view shows of a story's claims beside one page of its timeline, in ONE statement:
     * the claims made at the page's events, the top of the disputes board, every actor either names
     * (each once), and the story's counts. A story this service knows nothing of gives empty lists
     * and zero counts.
     */
    public Uni<WindowRow> window(String storyId, Collection<UUID> eventIds, int disputes) {
        // The claims shown are chosen by id first, on the indexes, and only those few are built as JSON: building a
        // document costs far more than finding a row, and the board's ordering would otherwise build one for every
        // disputed claim of the story. The actors are found the same way, from the rows, not from the documents.
        String sql = "WITH made_ids AS (SELECT c.id FROM claim c"
                + " WHERE c.story_id = :storyId AND c.event_id = ANY(cast(cast(:eventIds AS text) AS uuid[])))"
                // The top of each status from claim_story_status_idx, merged: an IN of both would sort every one.
                + ", board_ids AS (SELECT id, activity FROM (" + boardTop("DISPUTED") + " UNION ALL " + boardTop("CONTESTED")
                + ") AS top ORDER BY activity DESC, id DESC LIMIT :disputes)"
                + ", shown_ids AS (SELECT id FROM made_ids UNION SELECT id FROM board_ids)"
                + ", made AS (SELECT " + CLAIM_JSON + " AS claim, c.made_earliest AS earliest, c.id AS id FROM " + CLAIM_SOURCE
                + " WHERE c.id IN (SELECT id FROM made_ids))"
                + ", board AS (SELECT " + CLAIM_JSON + " AS claim, b.activity AS activity, c.id AS id FROM " + CLAIM_SOURCE
                + " JOIN board_ids b ON b.id = c.id)"
                + ", referenced AS (SELECT c.claimant_id AS actor_id FROM claim c WHERE c.id IN (SELECT id FROM shown_ids)"
                + " UNION SELECT s.actor_id FROM stance s WHERE s.claim_id IN (SELECT id FROM shown_ids) AND " + CURRENT + ")"
                // The story's claims counted by their stored status (an index-only scan of
                // claim_story_status_idx), and its current stances once, for the stance and actor counts.
                + ", standing AS (SELECT c.status, count(*) AS n FROM claim c WHERE c.story_id = :storyId GROUP BY c.status)"
                + ", current_stance AS (SELECT s.actor_id FROM stance s JOIN claim c ON c.id = s.claim_id"
                + " WHERE c.story_id = :storyId AND " + CURRENT + ")"
                + " SELECT cast(json_build_object("
                + "'claims', coalesce((SELECT json_agg(claim ORDER BY earliest, id) FROM made), cast('[]' AS json)),"
                + " 'disputes', coalesce((SELECT json_agg(claim ORDER BY activity DESC, id DESC) FROM board), cast('[]' AS json)),"
                + " 'actors', coalesce((SELECT json_agg(" + ActorRepository.ACTOR_JSON + " ORDER BY a.sort_key, a.id)"
                + " FROM actor a WHERE a.id IN (SELECT actor_id FROM referenced)), cast('[]' AS json)),"
                + " 'claimCount', (SELECT cast(coalesce(sum(n), 0) AS bigint) FROM standing),"
                + " 'stanceCount', (SELECT count(*) FROM current_stance),"
                + " 'byStatus', coalesce((SELECT json_object_agg(status, n) FROM standing), cast('{}' AS json)),"
                + " 'actorCount', (SELECT count(*) FROM (SELECT c.claimant_id FROM claim c WHERE c.story_id = :storyId"
                + " UNION SELECT actor_id FROM current_stance) AS named)"
                + ") AS text)";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("storyId", storyId);
        parameters.put("eventIds", eventIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
        parameters.put("disputes", disputes);
        return reads.read(sql, parameters, WindowRow.class).map(rows -> rows.get(0));
    }

    /** A claim to review as {@link #review} reads it, with the made-at bounds its cursor carries. */
    public record ReviewRow(UUID id, String proposition, Instant madeEarliest, Instant madeLatest,
                            List<ReviewReason> reasons) {
    }

    /**
     * The story's claims whose evidence changed, in made-at order after the cursor, with why: an article an
     * appearance or a current stance's evidence cites is CORRECTED or RETRACTED now, or the claim's event is deleted.
     */
    public Uni<List<ReviewRow>> review(String storyId, Instant afterEarliest, Instant afterLatest, UUID afterId,
                                       int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("storyId", storyId);
        parameters.put("limit", limit);
        String after = "";
        if (afterId != null) {
            after = " AND (c.made_earliest, c.made_latest, c.id) > (cast(cast(:afterEarliest AS text) AS timestamptz),"
                    + " cast(cast(:afterLatest AS text) AS timestamptz), cast(cast(:afterId AS text) AS uuid))";
            parameters.put("afterEarliest", afterEarliest.toString());
            parameters.put("afterLatest", afterLatest.toString());
            parameters.put("afterId", afterId.toString());
        }
        String cited = "SELECT ap.url FROM appearance ap WHERE ap.claim_id = c.id"
                + " UNION SELECT e.url FROM stance s JOIN stance_evidence e ON e.stance_id = s.id"
                + " WHERE s.claim_id = c.id AND " + CURRENT;
        String reasons = "SELECT json_agg(x.reason ORDER BY x.rank, x.url) AS reasons FROM ("
                + "SELECT 0 AS rank, '' AS url, json_build_object('reason', 'event-deleted', 'url', NULL, 'note', NULL,"
                + " 'at', newsroom_utc(d.recorded_at)) AS reason FROM (SELECT x.deleted, x.recorded_at FROM event_deletion x"
                + " WHERE x.event_id = c.event_id ORDER BY x.feed_position DESC LIMIT 1) d WHERE d.deleted"
                + " UNION ALL SELECT 1, u.url, json_build_object('reason', 'article-' || lower(a.status), 'url', u.url,"
                + " 'note', a.note, 'at', newsroom_utc(a.changed_at)) FROM (" + cited + ") u"
                + " CROSS JOIN LATERAL (SELECT x.status, x.note, x.changed_at FROM article_status x WHERE x.url = u.url"
                + " ORDER BY x.feed_position DESC LIMIT 1) a WHERE a.status <> 'PUBLISHED') x";
        String sql = "SELECT cast(json_build_object('id', c.id, 'proposition', c.proposition,"
                + " 'madeEarliest', newsroom_utc(c.made_earliest), 'madeLatest', newsroom_utc(c.made_latest),"
                + " 'reasons', r.reasons) AS text)"
                + " FROM claim c CROSS JOIN LATERAL (" + reasons + ") r"
                + " WHERE c.story_id = :storyId AND r.reasons IS NOT NULL" + after
                + " ORDER BY c.made_earliest, c.made_latest, c.id LIMIT :limit";
        return reads.read(sql, parameters, ReviewRow.class);
    }

    private static String boardTop(String status) {
        return "(SELECT c.id, c.last_activity_at AS activity FROM claim c WHERE c.story_id = :storyId AND c.status = '" + status
                + "' ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :disputes)";
    }

    /** An actor's own claims, newest recorded first. */
    @WithSession
    public Uni<List<ClaimRow>> byClaimant(UUID actorId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actorId", actorId.toString());
        parameters.put("limit", limit);
        String sql = selectClaims() + " WHERE c.claimant_id = cast(cast(:actorId AS text) AS uuid)"
                + " ORDER BY c.recorded_at DESC, c.id DESC LIMIT :limit";
        return claims(sql, parameters);
    }

    /** Every stance on a claim, current and superseded, oldest recorded first. */
    @WithSession
    public Uni<List<ClaimRow.StanceRow>> stanceHistory(UUID claimId) {
        String sql = "SELECT cast(" + STANCE_JSON + " AS text) FROM stance s JOIN actor sa ON sa.id = s.actor_id"
                + " WHERE s.claim_id = cast(cast(:claimId AS text) AS uuid) ORDER BY s.recorded_at, s.id";
        return query(sql, Map.of("claimId", claimId.toString()), ClaimRow.StanceRow.class);
    }

    /** The stances an actor took on others' claims, current and superseded, newest recorded first. */
    @WithSession
    public Uni<List<ClaimRow.StanceOnClaimRow>> stancesBy(UUID actorId, int limit) {
        String sql = "SELECT cast(json_build_object('stance', " + STANCE_JSON + ", 'storyId', c.story_id,"
                + " 'proposition', c.proposition, 'claimantId', c.claimant_id, 'claimantName', ca.name,"
                + " 'claimantKind', ca.kind) AS text)"
                + " FROM stance s JOIN actor sa ON sa.id = s.actor_id JOIN claim c ON c.id = s.claim_id"
                + " JOIN actor ca ON ca.id = c.claimant_id"
                + " WHERE s.actor_id = cast(cast(:actorId AS text) AS uuid) ORDER BY s.recorded_at DESC, s.id DESC LIMIT :limit";
        return query(sql, Map.of("actorId", actorId.toString(), "limit", limit), ClaimRow.StanceOnClaimRow.class);
    }

    // The stances a claim shows now: the current ones.
    private static final String CURRENT = "s.superseded_at IS NULL";

    static final String STANCE_JSON = "json_build_object('id', s.id, 'claimId', s.claim_id, 'actorId', s.actor_id,"
            + " 'actorName', sa.name, 'actorKind', sa.kind, 'position', s.position, 'summary', s.summary,"
            + " 'takenAt', newsroom_utc(s.taken_at), 'recordedAt', newsroom_utc(s.recorded_at),"
            + " 'supersededAt', newsroom_utc(s.superseded_at),"
            + " 'evidence', coalesce((SELECT json_agg(json_build_object('url', e.url, 'outlet', e.outlet,"
            + " 'title', e.title, 'publishedAt', newsroom_utc(e.published_at), 'quote', e.quote, 'language', e.language,"
            + " 'articleStatus', ea.status, 'articleStatusNote', ea.note) ORDER BY e.seq)"
            + " FROM stance_evidence e" + TimelineFlags.articleNow("e.url", "ea")
            + " WHERE e.stance_id = s.id), cast('[]' AS json)))";

    private static String selectClaims() {
        return "SELECT cast(" + CLAIM_JSON + " AS text) FROM " + CLAIM_SOURCE;
    }

    /** A claim as one JSON document, over {@link #CLAIM_SOURCE}: what every current claims read returns. */
    private static final String CLAIM_JSON = "json_build_object("
            + "'id', c.id, 'storyId', c.story_id, 'proposition', c.proposition, 'language', c.language,"
            + " 'claimantId', c.claimant_id, 'claimantName', ca.name, 'claimantKind', ca.kind,"
            + " 'madeEdtf', c.made_edtf, 'madeEarliest', newsroom_utc(c.made_earliest),"
            + " 'madeLatest', newsroom_utc(c.made_latest), 'eventId', c.event_id, 'tags', c.tags,"
            + " 'status', st.status, 'lastActivityAt', newsroom_utc(st.last_activity),"
            + " 'recordedAt', newsroom_utc(c.recorded_at), 'updatedAt', newsroom_utc(c.updated_at),"
            + " 'version', c.version, 'eventDeleted', " + TimelineFlags.eventDeletedNow("c.event_id") + ","
            + " 'appearances', coalesce((SELECT json_agg(json_build_object('id', ap.id, 'url', ap.url,"
            + " 'outlet', ap.outlet, 'title', ap.title, 'publishedAt', newsroom_utc(ap.published_at),"
            + " 'quote', ap.quote, 'language', ap.language, 'recordedAt', newsroom_utc(ap.recorded_at),"
            + " 'articleStatus', aa.status, 'articleStatusNote', aa.note)"
            + " ORDER BY ap.published_at NULLS LAST, ap.recorded_at, ap.id)"
            + " FROM appearance ap" + TimelineFlags.articleNow("ap.url", "aa")
            + " WHERE ap.claim_id = c.id), cast('[]' AS json)),"
            + " 'stances', coalesce((SELECT json_agg(" + STANCE_JSON + " ORDER BY s.recorded_at, s.id)"
            + " FROM stance s JOIN actor sa ON sa.id = s.actor_id WHERE s.claim_id = c.id AND " + CURRENT
            + "), cast('[]' AS json)),"
            + " 'verdict', (SELECT json_build_object('rating', v.rating, 'explanation', v.explanation,"
            + " 'reviewer', v.reviewer, 'reviewedAt', newsroom_utc(v.reviewed_at),"
            + " 'recordedAt', newsroom_utc(v.recorded_at)) FROM verdict v WHERE v.claim_id = c.id)"
            + ")";

    /**
     * The claim (alias c) with its claimant (ca) and its status (st): the status and last activity
     * stored on the claim, kept by every stance write, so the board, the status filter and the
     * window's counts use claim_story_status_idx instead of aggregating every claim's stances.
     */
    // No FROM in the lateral: PostgreSQL pulls it up, so st.status is c.status to the planner.
    private static final String CLAIM_SOURCE = "claim c JOIN actor ca ON ca.id = c.claimant_id"
            + " CROSS JOIN LATERAL (SELECT c.status AS status, c.last_activity_at AS last_activity) st";

    // After the fragments it is built from: they are computed, not constants, so initialised in order.
    private static final String FIND = selectClaims()
            + " WHERE c.story_id = :storyId AND c.id = cast(cast(:claimId AS text) AS uuid)";

    // Over a group of stances s: the claim status they give (the stored status's refresh).
    static final String STATUS = "CASE"
            + " WHEN bool_or(s.position = 'SUPPORTS') AND bool_or(s.position = 'DISPUTES') THEN 'CONTESTED'"
            + " WHEN bool_or(s.position = 'DISPUTES') THEN 'DISPUTED'"
            + " WHEN bool_or(s.position = 'SUPPORTS') THEN 'SUPPORTED'"
            + " ELSE 'UNCHALLENGED' END";

    private Uni<List<ClaimRow>> claims(String sql, Map<String, Object> parameters) {
        return query(sql, parameters, ClaimRow.class);
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
                    throw new IllegalStateException("a claims query returned a row this service cannot read", e);
                }
            }
            return rows;
        });
    }
}
