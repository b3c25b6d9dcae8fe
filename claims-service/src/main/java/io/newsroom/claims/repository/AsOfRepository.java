package io.newsroom.claims.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads as of an instant, from the revisions alone: each resource as its newest revision recorded at
 * or before then left it, unless that revision is its deletion. So a read shows the propositions,
 * claimants, dates, verdicts and stances of then, including claims and stances deleted since, and
 * leaves out whatever was recorded later. The status of then follows from the stances of then, taken
 * by then and not yet superseded, as the current one follows from the current stances. Names of
 * actors inside a claim or stance are those its revision recorded.
 *
 * <p>Each read is ONE statement, in the shapes the current reads answer ({@link ClaimRow} and its parts,
 * {@link ActorRow}, {@link WindowRow}), so the same mapping serves both. A story's claims are found
 * through {@code revision_story_idx}, a claim's appearances and stances through
 * {@code revision_claim_idx}, its relations (kept under their from-claim, so those pointing at it are
 * among the story's) through {@code revision_story_idx} again; a page computes its stances only for
 * the claims it shows, unless it filters or orders by status.
 */
@ApplicationScoped
public class AsOfRepository {

    private static final String AS_OF = "cast(cast(:asOf AS text) AS timestamptz)";

    private final PoolReads reads;

    public AsOfRepository(PoolReads reads) {
        this.reads = reads;
    }

    /**
     * One page of a story's claims as of {@code filter.asOf()}, in made-at order, filters applied to then.
     * The claims of then are picked from what revision_story_idx holds (which revision, its action and
     * made-at bounds); only a filter on the claim's content (claimant, tag, text, status) reads every
     * state, otherwise only the states of the page's claims are read.
     */
    public Uni<List<ClaimRow>> list(ClaimFilter filter) {
        Map<String, Object> parameters = parameters(filter.asOf());
        parameters.put("storyId", filter.storyId());
        StringBuilder bounds = new StringBuilder("TRUE");
        if (filter.from() != null) {
            bounds.append(" AND c.made_latest >= cast(cast(:from AS text) AS timestamptz)");
            parameters.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            bounds.append(" AND c.made_earliest <= cast(cast(:to AS text) AS timestamptz)");
            parameters.put("to", filter.to().toString());
        }
        if (filter.afterId() != null) {
            bounds.append(" AND (c.made_earliest, c.made_latest, c.id) > (cast(cast(:afterEarliest AS text) AS timestamptz),"
                    + " cast(cast(:afterLatest AS text) AS timestamptz), cast(cast(:afterId AS text) AS uuid))");
            parameters.put("afterEarliest", filter.afterEarliest().toString());
            parameters.put("afterLatest", filter.afterLatest().toString());
            parameters.put("afterId", filter.afterId().toString());
        }
        StringBuilder content = new StringBuilder();
        boolean byStatus = filter.statuses() != null && !filter.statuses().isEmpty();
        if (byStatus) {
            content.append(" AND st.status = ANY(cast(cast(:statuses AS text) AS text[]))");
            parameters.put("statuses", "{" + String.join(",", filter.statuses()) + "}");
        }
        if (filter.claimantId() != null) {
            content.append(" AND c.s->>'claimantId' = cast(:claimantId AS text)");
            parameters.put("claimantId", filter.claimantId().toString());
        }
        if (filter.tag() != null) {
            content.append(" AND c.s->'tags' @> jsonb_build_array(cast(:tag AS text))");
            parameters.put("tag", filter.tag());
        }
        if (filter.text() != null) {
            content.append(" AND ").append(TEXT_MATCH);
            parameters.put("text", filter.text());
        }
        parameters.put("limit", filter.limit());
        String order = " ORDER BY c.made_earliest, c.made_latest, c.id";
        String known = "SELECT k.revision, k.id, k.made_earliest, k.made_latest FROM (SELECT DISTINCT ON (r.resource_id)"
                + " r.id AS revision, r.resource_id AS id, r.action, r.made_earliest, r.made_latest FROM revision r"
                + " WHERE r.story_id = :storyId AND r.resource_type = 'claim' AND r.recorded_at <= " + AS_OF
                + " ORDER BY r.resource_id, r.recorded_at DESC, r.number DESC) k WHERE k.action <> 'DELETED'";
        String withState = "SELECT c.id, rv.state AS s, rv.version, c.made_earliest, c.made_latest FROM ";
        String page = content.isEmpty()
                ? withState + "(SELECT c.* FROM known c WHERE " + bounds + order + " LIMIT :limit) c"
                        + " JOIN revision rv ON rv.id = c.revision"
                : "SELECT c.*" + (byStatus ? ", st.stances, st.status, st.last_activity" : "") + " FROM (" + withState
                        + "known c JOIN revision rv ON rv.id = c.revision WHERE " + bounds + ") c"
                        + (byStatus ? " CROSS JOIN LATERAL (" + judged("c.id") + ") st" : "")
                        + " WHERE TRUE" + content + order + " LIMIT :limit";
        String sql = "WITH known AS (" + known + "), page AS (" + page + ")"
                + " SELECT cast(" + CLAIM_DOCUMENT + " AS text) FROM page c"
                + (byStatus ? " CROSS JOIN LATERAL (SELECT c.stances, c.status, c.last_activity) st"
                : " CROSS JOIN LATERAL (" + judged("c.id") + ") st")
                + " CROSS JOIN LATERAL (" + appearances("c.id") + ") ap" + order;
        return reads.read(sql, parameters, ClaimRow.class);
    }

    /** One claim as of an instant, or none when it was not recorded yet, or deleted then. */
    public Uni<ClaimRow> find(String storyId, UUID claimId, Instant asOf) {
        String sql = "WITH c AS (" + THE_CLAIM + ")"
                + " SELECT cast(" + CLAIM_DOCUMENT + " AS text) FROM c CROSS JOIN LATERAL (" + judged("c.id") + ") st"
                + " CROSS JOIN LATERAL (" + appearances("c.id") + ") ap";
        return reads.read(sql, claimParameters(storyId, claimId, asOf), ClaimRow.class)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * A claim's stances as of an instant, oldest recorded first: those current then (as the claim of then shows
     * them), or {@code withSuperseded} every one recorded by then, superseded by then or not; null when the claim
     * was not recorded yet, or deleted then. A supersession recorded later does not show: the stance was current then.
     */
    public Uni<List<ClaimRow.StanceRow>> stances(String storyId, UUID claimId, boolean withSuperseded, Instant asOf) {
        String sql = "WITH c AS (" + THE_CLAIM + ")"
                + " SELECT cast((SELECT coalesce(jsonb_agg(" + stanceDocument("v.st")
                + " ORDER BY cast(v.st->>'recordedAt' AS timestamptz), cast(v.st->>'id' AS uuid)), cast('[]' AS jsonb))"
                + " FROM (" + stanceStates("c.id") + ") v" + (withSuperseded ? "" : " WHERE " + CURRENT_THEN) + ") AS text)"
                + " FROM c";
        return reads.read(sql, claimParameters(storyId, claimId, asOf), ClaimRow.StanceRow[].class)
                .map(AsOfRepository::ofTheClaim);
    }

    /** A claim's appearances as of an instant, in the order the claim of then shows them; null as {@link #stances}. */
    public Uni<List<ClaimRow.AppearanceRow>> appearancesOf(String storyId, UUID claimId, Instant asOf) {
        String sql = "WITH c AS (" + THE_CLAIM + ")"
                + " SELECT cast(ap.appearances AS text) FROM c CROSS JOIN LATERAL (" + appearances("c.id") + ") ap";
        return reads.read(sql, claimParameters(storyId, claimId, asOf), ClaimRow.AppearanceRow[].class)
                .map(AsOfRepository::ofTheClaim);
    }

    /**
     * A claim's relations as of an instant, in both directions, oldest recorded first; null as {@link #stances}.
     * A relation's revisions are kept under the story and its from-claim, so the ones pointing at this claim are
     * found among the story's relations.
     */
    public Uni<List<ClaimRow.RelationRow>> relationsOf(String storyId, UUID claimId, Instant asOf) {
        String sql = "WITH c AS (" + THE_CLAIM + ")"
                + " SELECT cast((SELECT coalesce(jsonb_agg(k.state ORDER BY cast(k.state->>'recordedAt' AS timestamptz),"
                + " k.id), cast('[]' AS jsonb)) FROM (" + latest("relation", "r.story_id = :storyId"
                + " AND (r.claim_id = c.id OR r.state->>'toClaimId' = cast(:claimId AS text))") + ") k"
                + " WHERE k.action <> 'DELETED') AS text) FROM c";
        return reads.read(sql, claimParameters(storyId, claimId, asOf), ClaimRow.RelationRow[].class)
                .map(AsOfRepository::ofTheClaim);
    }

    /** The disputes board as it stood: claims DISPUTED or CONTESTED then, newest stance activity of then first. */
    public Uni<List<ClaimRow>> disputes(String storyId, Instant asOf, Instant afterActivity, UUID afterId, int limit) {
        Map<String, Object> parameters = parameters(asOf);
        parameters.put("storyId", storyId);
        parameters.put("limit", limit);
        String after = "";
        if (afterId != null) {
            after = " AND (st.last_activity, c.id) < (cast(cast(:afterActivity AS text) AS timestamptz),"
                    + " cast(cast(:afterId AS text) AS uuid))";
            parameters.put("afterActivity", afterActivity.toString());
            parameters.put("afterId", afterId.toString());
        }
        String order = " ORDER BY c.last_activity DESC, c.id DESC";
        String sql = "WITH c AS (" + claimsOfStory() + "), board AS (SELECT c.*, st.stances, st.status, st.last_activity"
                + " FROM c CROSS JOIN LATERAL (" + judged("c.id") + ") st"
                + " WHERE st.status IN ('DISPUTED', 'CONTESTED')" + after
                + " ORDER BY st.last_activity DESC, c.id DESC LIMIT :limit)"
                + " SELECT cast(" + CLAIM_DOCUMENT + " AS text) FROM board c"
                + " CROSS JOIN LATERAL (SELECT c.stances, c.status, c.last_activity) st"
                + " CROSS JOIN LATERAL (" + appearances("c.id") + ") ap" + order;
        return reads.read(sql, parameters, ClaimRow.class);
    }

    /** The claims half of a story view as it stood, in one statement, as {@link ClaimViewRepository#window}. */
    public Uni<WindowRow> window(String storyId, Collection<UUID> eventIds, int disputes, Instant asOf) {
        Map<String, Object> parameters = parameters(asOf);
        parameters.put("storyId", storyId);
        parameters.put("eventIds", eventIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
        parameters.put("disputes", disputes);
        String sql = "WITH c AS (" + claimsOfStory() + ")"
                + ", judged AS (SELECT c.*, st.stances, st.status, st.last_activity FROM c"
                + " CROSS JOIN LATERAL (" + judged("c.id") + ") st)"
                + ", made AS (SELECT " + CLAIM_DOCUMENT + " AS claim, c.made_earliest AS earliest, c.id"
                + " FROM judged c CROSS JOIN LATERAL (SELECT c.stances, c.status, c.last_activity) st"
                + " CROSS JOIN LATERAL (" + appearances("c.id") + ") ap"
                + " WHERE c.s->>'eventId' = ANY(cast(cast(:eventIds AS text) AS text[])))"
                + ", board AS (SELECT " + CLAIM_DOCUMENT + " AS claim, c.last_activity AS activity, c.id"
                + " FROM (SELECT * FROM judged WHERE status IN ('DISPUTED', 'CONTESTED')"
                + " ORDER BY last_activity DESC, id DESC LIMIT :disputes) c"
                + " CROSS JOIN LATERAL (SELECT c.stances, c.status, c.last_activity) st"
                + " CROSS JOIN LATERAL (" + appearances("c.id") + ") ap)"
                + ", shown AS (SELECT claim FROM made UNION ALL SELECT claim FROM board)"
                + ", referenced AS (SELECT cast(claim->>'claimantId' AS uuid) AS actor_id FROM shown"
                + " UNION SELECT cast(stance->>'actorId' AS uuid) FROM shown, jsonb_array_elements(shown.claim->'stances') AS stance)"
                + ", current_stance AS (SELECT cast(stance->>'actorId' AS uuid) AS actor_id"
                + " FROM judged, jsonb_array_elements(judged.stances) AS stance)"
                + ", actors AS (SELECT k.state AS s, k.version FROM (" + latest("actor",
                        "r.resource_id IN (SELECT actor_id FROM referenced)") + ") k WHERE k.action <> 'DELETED')"
                + " SELECT cast(jsonb_build_object("
                + "'claims', coalesce((SELECT jsonb_agg(claim ORDER BY earliest, id) FROM made), cast('[]' AS jsonb)),"
                + " 'disputes', coalesce((SELECT jsonb_agg(claim ORDER BY activity DESC, id DESC) FROM board), cast('[]' AS jsonb)),"
                + " 'actors', coalesce((SELECT jsonb_agg(" + ACTOR_DOCUMENT + " ORDER BY newsroom_fold(a.s->>'name'),"
                + " cast(a.s->>'id' AS uuid)) FROM actors a), cast('[]' AS jsonb)),"
                + " 'claimCount', (SELECT count(*) FROM judged),"
                + " 'stanceCount', (SELECT count(*) FROM current_stance),"
                + " 'byStatus', coalesce((SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM judged"
                + " GROUP BY status) counted), cast('{}' AS jsonb)),"
                + " 'actorCount', (SELECT count(*) FROM (SELECT cast(s->>'claimantId' AS uuid) FROM judged"
                + " UNION SELECT actor_id FROM current_stance) AS named)"
                + ") AS text)";
        return reads.read(sql, parameters, WindowRow.class).map(rows -> rows.get(0));
    }

    /**
     * A page of the actors as of an instant, in the order of their names then (folded, as {@link ActorRepository#page}
     * orders the current ones), optionally only those a name, a word of it or an alias of then matches, or the one
     * with a Wikidata id then. Actors deleted or merged away by then are left out, those deleted since are in.
     */
    public Uni<List<ActorRow>> actors(String name, String wikidataId, String afterSortKey, UUID afterId, int limit,
                                      Instant asOf) {
        Map<String, Object> parameters = parameters(asOf);
        parameters.put("limit", limit);
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (name != null) {
            where.append(" AND newsroom_actor_keys(a.s->>'name', ARRAY(SELECT jsonb_array_elements_text(a.s->'aliases')))"
                    + " @> ARRAY[newsroom_fold(cast(:name AS text))]");
            parameters.put("name", name);
        }
        if (wikidataId != null) {
            where.append(" AND a.s->>'wikidataId' = cast(:wikidataId AS text)");
            parameters.put("wikidataId", wikidataId);
        }
        if (afterId != null) {
            where.append(" AND (newsroom_fold(a.s->>'name'), cast(a.s->>'id' AS uuid))"
                    + " > (cast(:afterSortKey AS text), cast(cast(:afterId AS text) AS uuid))");
            parameters.put("afterSortKey", afterSortKey);
            parameters.put("afterId", afterId.toString());
        }
        String sql = "SELECT cast(" + ACTOR_DOCUMENT + " AS text) FROM (SELECT k.state AS s, k.version FROM ("
                + latest("actor", "TRUE") + ") k WHERE k.action <> 'DELETED') a" + where
                + " ORDER BY newsroom_fold(a.s->>'name'), cast(a.s->>'id' AS uuid) LIMIT :limit";
        return reads.read(sql, parameters, ActorRow.class);
    }

    /** An actor as of an instant, or none when it was not recorded yet, or deleted (or merged away) then. */
    public Uni<ActorRow> actor(UUID actorId, Instant asOf) {
        Map<String, Object> parameters = parameters(asOf);
        parameters.put("actorId", actorId.toString());
        String sql = "SELECT cast(" + ACTOR_DOCUMENT + " AS text) FROM (SELECT k.state AS s, k.version FROM ("
                + latest("actor", "r.resource_id = cast(cast(:actorId AS text) AS uuid)") + ") k"
                + " WHERE k.action <> 'DELETED') a";
        return reads.read(sql, parameters, ActorRow.class).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The claims an actor had made by then (as their claimant then), newest recorded first. */
    public Uni<List<ClaimRow>> byClaimant(UUID actorId, Instant asOf, int limit) {
        Map<String, Object> parameters = parameters(asOf);
        parameters.put("actorId", actorId.toString());
        parameters.put("limit", limit);
        String sql = "WITH c AS (SELECT k.* FROM (SELECT DISTINCT r.resource_id FROM revision r"
                + " WHERE r.actor_id = cast(cast(:actorId AS text) AS uuid) AND r.resource_type = 'claim'"
                + " AND r.recorded_at <= " + AS_OF + ") candidate"
                + " CROSS JOIN LATERAL (" + claimAt("candidate.resource_id") + ") k"
                + " WHERE k.s->>'claimantId' = cast(:actorId AS text)"
                + " ORDER BY cast(k.s->>'recordedAt' AS timestamptz) DESC, k.id DESC LIMIT :limit)"
                + " SELECT cast(" + CLAIM_DOCUMENT + " AS text) FROM c CROSS JOIN LATERAL (" + judged("c.id") + ") st"
                + " CROSS JOIN LATERAL (" + appearances("c.id") + ") ap"
                + " ORDER BY cast(c.s->>'recordedAt' AS timestamptz) DESC, c.id DESC";
        return reads.read(sql, parameters, ClaimRow.class);
    }

    /** The stances an actor had taken by then, current then or superseded by then, newest recorded first. */
    public Uni<List<ClaimRow.StanceOnClaimRow>> stancesBy(UUID actorId, Instant asOf, int limit) {
        Map<String, Object> parameters = parameters(asOf);
        parameters.put("actorId", actorId.toString());
        parameters.put("limit", limit);
        String sql = "SELECT cast(jsonb_build_object('stance', " + stanceDocument("v.st") + ","
                + " 'storyId', cl.s->'storyId', 'proposition', cl.s->'proposition', 'claimantId', cl.s->'claimantId',"
                + " 'claimantName', cl.s->'claimant'->'name', 'claimantKind', cl.s->'claimant'->'kind') AS text)"
                + " FROM (SELECT DISTINCT r.resource_id FROM revision r"
                + " WHERE r.actor_id = cast(cast(:actorId AS text) AS uuid) AND r.resource_type = 'stance'"
                + " AND r.recorded_at <= " + AS_OF + ") candidate"
                + " CROSS JOIN LATERAL (SELECT r.action, r.state AS st, r.claim_id FROM revision r"
                + " WHERE r.resource_type = 'stance' AND r.resource_id = candidate.resource_id AND r.recorded_at <= " + AS_OF
                + " ORDER BY r.recorded_at DESC, r.number DESC LIMIT 1) v"
                + " CROSS JOIN LATERAL (" + claimAt("v.claim_id") + ") cl"
                + " WHERE v.action <> 'DELETED' AND v.st->'actor'->>'id' = cast(:actorId AS text)"
                + " ORDER BY cast(v.st->>'recordedAt' AS timestamptz) DESC, cast(v.st->>'id' AS uuid) DESC LIMIT :limit";
        return reads.read(sql, parameters, ClaimRow.StanceOnClaimRow.class);
    }

    private static Map<String, Object> parameters(Instant asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", asOf.toString());
        return parameters;
    }

    /** The parameters of {@link #THE_CLAIM}. */
    private static Map<String, Object> claimParameters(String storyId, UUID claimId, Instant asOf) {
        Map<String, Object> parameters = parameters(asOf);
        parameters.put("storyId", storyId);
        parameters.put("claimId", claimId.toString());
        return parameters;
    }

    /**
     * What a read of a claim's parts answers: the one row a claim of then gives (its parts, maybe none), or
     * null when there was no such claim then, which its resource answers with 404 as the claim's own read does.
     */
    private static <T> List<T> ofTheClaim(List<T[]> rows) {
        return rows.isEmpty() ? null : Arrays.stream(rows.get(0)).toList();
    }

    /** The newest revision at or before the instant of each resource of a type that {@code where} (over r) selects. */
    private static String latest(String type, String where) {
        return "SELECT DISTINCT ON (r.resource_id) r.resource_id AS id, r.action, r.state, r.version,"
                + " r.made_earliest, r.made_latest FROM revision r"
                + " WHERE r.resource_type = '" + type + "' AND " + where + " AND r.recorded_at <= " + AS_OF
                + " ORDER BY r.resource_id, r.recorded_at DESC, r.number DESC";
    }

    /** Claims (alias c: id, s the state, version, made_earliest, made_latest) as they stood, among those selected. */
    private static String claimsAt(String where) {
        return "SELECT k.id, k.state AS s, k.version, k.made_earliest, k.made_latest FROM (" + latest("claim", where) + ") k"
                + " WHERE k.action <> 'DELETED'";
    }

    /** One claim of a story as it stood (columns as {@link #claimsAt}), by :storyId and :claimId. */
    private static final String THE_CLAIM = claimsAt("r.resource_id = cast(cast(:claimId AS text) AS uuid)"
            + " AND r.story_id = :storyId");

    private static String claimsOfStory() {
        return claimsAt("r.story_id = :storyId");
    }

    /** One claim as it stood (columns as {@link #claimsAt}), for a lateral join on its id. */
    private static String claimAt(String claimId) {
        return "SELECT x.resource_id AS id, x.state AS s, x.version, x.made_earliest, x.made_latest"
                + " FROM (SELECT r.resource_id, r.action, r.state, r.version, r.made_earliest, r.made_latest FROM revision r"
                + " WHERE r.resource_type = 'claim' AND r.resource_id = " + claimId + " AND r.recorded_at <= " + AS_OF
                + " ORDER BY r.recorded_at DESC, r.number DESC LIMIT 1) x WHERE x.action <> 'DELETED'";
    }

    /** A claim's stances of then (as documents), the status they gave it and its last stance activity. */
    private static String judged(String claimId) {
        return "SELECT coalesce(jsonb_agg(" + stanceDocument("v.st") + " ORDER BY cast(v.st->>'recordedAt' AS timestamptz),"
                + " cast(v.st->>'id' AS uuid)), cast('[]' AS jsonb)) AS stances,"
                + " CASE WHEN bool_or(v.st->>'position' = 'SUPPORTS') AND bool_or(v.st->>'position' = 'DISPUTES') THEN 'CONTESTED'"
                + " WHEN bool_or(v.st->>'position' = 'DISPUTES') THEN 'DISPUTED'"
                + " WHEN bool_or(v.st->>'position' = 'SUPPORTS') THEN 'SUPPORTED' ELSE 'UNCHALLENGED' END AS status,"
                + " max(cast(v.st->>'recordedAt' AS timestamptz)) AS last_activity"
                + " FROM (" + stanceStates(claimId) + ") v WHERE " + CURRENT_THEN;
    }

    /** A claim's stances (alias v: st the state) as their newest revisions by then left them, deleted ones left out. */
    private static String stanceStates(String claimId) {
        return "SELECT k.state AS st FROM (" + latest("stance", "r.claim_id = " + claimId) + ") k"
                + " WHERE k.action <> 'DELETED'";
    }

    /**
     * A stance of then (v.st) was its actor's current one then when it had been taken by then and not yet
     * superseded: what a claim's status, its stances and an actor's current stance as of then all go by.
     */
    private static final String CURRENT_THEN = "cast(v.st->>'takenAt' AS timestamptz) <= " + AS_OF
            + " AND (v.st->>'supersededAt' IS NULL OR cast(v.st->>'supersededAt' AS timestamptz) > " + AS_OF + ")";

    /** A claim's appearances of then, earliest publication first (undated last). */
    private static String appearances(String claimId) {
        return "SELECT coalesce(jsonb_agg(k.state || " + TimelineFlags.articleThen("k.state->>'url'")
                + " ORDER BY cast(k.state->>'publishedAt' AS timestamptz) NULLS LAST,"
                + " cast(k.state->>'recordedAt' AS timestamptz), k.id), cast('[]' AS jsonb)) AS appearances"
                + " FROM (" + latest("appearance", "r.claim_id = " + claimId) + ") k WHERE k.action <> 'DELETED'";
    }

    /** A stance state as {@link ClaimRow.StanceRow}. */
    private static String stanceDocument(String state) {
        return "jsonb_build_object('id', " + state + "->'id', 'claimId', " + state + "->'claimId',"
                + " 'actorId', " + state + "->'actor'->'id', 'actorName', " + state + "->'actor'->'name',"
                + " 'actorKind', " + state + "->'actor'->'kind', 'position', " + state + "->'position',"
                + " 'summary', " + state + "->'summary', 'evidence', " + TimelineFlags.evidenceThen(state + "->'evidence'") + ","
                + " 'takenAt', " + state + "->'takenAt', 'recordedAt', " + state + "->'recordedAt',"
                + " 'supersededAt', " + state + "->'supersededAt')";
    }

    /** A claim state (c) with its stances and status (st) and appearances (ap) of then, as {@link ClaimRow}. */
    private static final String CLAIM_DOCUMENT = "jsonb_build_object('id', c.s->'id', 'storyId', c.s->'storyId',"
            + " 'proposition', c.s->'proposition', 'language', c.s->'language', 'claimantId', c.s->'claimantId',"
            + " 'claimantName', c.s->'claimant'->'name', 'claimantKind', c.s->'claimant'->'kind',"
            + " 'madeEdtf', c.s->'madeAt'->'edtf', 'madeEarliest', c.s->'madeAt'->'earliest',"
            + " 'madeLatest', c.s->'madeAt'->'latest', 'eventId', c.s->'eventId', 'tags', c.s->'tags',"
            + " 'appearances', ap.appearances, 'stances', st.stances, 'verdict', c.s->'verdict',"
            + " 'status', st.status, 'lastActivityAt', newsroom_utc(st.last_activity),"
            + " 'recordedAt', c.s->'recordedAt', 'updatedAt', c.s->'updatedAt', 'version', coalesce(c.version, 0),"
            + " 'eventDeleted', " + TimelineFlags.eventDeletedThen("cast(c.s->>'eventId' AS uuid)") + ")";

    /** An actor state (a: s, version) as {@link ActorRow}. */
    private static final String ACTOR_DOCUMENT = "jsonb_build_object('id', a.s->'id', 'name', a.s->'name',"
            + " 'kind', a.s->'kind', 'description', a.s->'description', 'country', a.s->'country',"
            + " 'wikidataId', a.s->'wikidataId', 'aliases', a.s->'aliases', 'members', a.s->'members',"
            + " 'createdAt', a.s->'createdAt', 'updatedAt', a.s->'updatedAt', 'version', coalesce(a.version, 0),"
            + " 'sortKey', newsroom_fold(a.s->>'name'))";

    /** The proposition of then, or a quote or title of an appearance of then, matches the query. */
    private static final String TEXT_MATCH = "(to_tsvector(coalesce((SELECT x.search_config FROM claim x WHERE x.id = c.id),"
            + " cast('simple' AS regconfig)), c.s->>'proposition') @@ websearch_to_tsquery(coalesce((SELECT x.search_config"
            + " FROM claim x WHERE x.id = c.id), cast('simple' AS regconfig)), :text)"
            + " OR EXISTS (SELECT 1 FROM (" + latest("appearance", "r.claim_id = c.id") + ") k"
            + " WHERE k.action <> 'DELETED' AND to_tsvector(coalesce((SELECT y.search_config FROM appearance y WHERE y.id = k.id),"
            + " cast('simple' AS regconfig)), coalesce(k.state->>'quote', '') || ' ' || coalesce(k.state->>'title', ''))"
            + " @@ websearch_to_tsquery(coalesce((SELECT y.search_config FROM appearance y WHERE y.id = k.id),"
            + " cast('simple' AS regconfig)), :text)))";
}
