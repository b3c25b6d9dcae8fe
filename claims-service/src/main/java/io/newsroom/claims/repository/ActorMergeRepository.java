package io.newsroom.claims.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The statements that fold one actor into another, each over all the rows it moves at once, in the
 * caller's transaction. Ids and instants go in as text, as everywhere in this service's SQL.
 */
@ApplicationScoped
@WithSession
public class ActorMergeRepository {

    private static final String MERGED = "cast(cast(:merged AS text) AS uuid)";
    private static final String KEPT = "cast(cast(:kept AS text) AS uuid)";
    private static final String NOW = "cast(cast(:now AS text) AS timestamptz)";

    /**
     * A claim on which a current stance of either actor would, once they are one, be the claimant's on
     * its own claim, or a member's on its group's claim; null when there is none.
     */
    public Uni<UUID> selfStanceAfter(UUID merged, UUID kept) {
        return single("SELECT cast(c.id AS text) FROM stance s JOIN claim c ON c.id = s.claim_id"
                + " JOIN actor ca ON ca.id = c.claimant_id"
                + " WHERE s.superseded_at IS NULL AND s.actor_id IN (" + MERGED + ", " + KEPT + ")"
                + " AND ((CASE WHEN c.claimant_id = " + MERGED + " THEN " + KEPT + " ELSE c.claimant_id END) = " + KEPT
                + " OR (ca.kind = 'GROUP' AND (" + KEPT + " = ANY(ca.members) OR " + MERGED + " = ANY(ca.members))))"
                + " ORDER BY c.id LIMIT 1", Map.of("merged", merged.toString(), "kept", kept.toString()));
    }

    /**
     * Where both hold a current stance on a claim, the kept actor's stays current and the merged one's
     * is superseded (kept in the history): an actor holds one current stance per claim.
     *
     * @return the superseded stances' ids
     */
    public Uni<List<UUID>> supersedeDoubleStances(UUID merged, UUID kept, Instant now) {
        return ids("UPDATE stance s SET superseded_at = " + NOW + " WHERE s.actor_id = " + MERGED
                + " AND s.superseded_at IS NULL AND EXISTS (SELECT 1 FROM stance k WHERE k.claim_id = s.claim_id"
                + " AND k.actor_id = " + KEPT + " AND k.superseded_at IS NULL) RETURNING cast(s.id AS text)",
                Map.of("merged", merged.toString(), "kept", kept.toString(), "now", now.toString()));
    }

    /** @return the ids of the stances, current and superseded, that moved to the kept actor */
    public Uni<List<UUID>> moveStances(UUID merged, UUID kept) {
        return ids("UPDATE stance SET actor_id = " + KEPT + " WHERE actor_id = " + MERGED + " RETURNING cast(id AS text)",
                Map.of("merged", merged.toString(), "kept", kept.toString()));
    }

    /** @return the ids of the claims whose claimant is now the kept actor */
    public Uni<List<UUID>> moveClaims(UUID merged, UUID kept) {
        return ids("UPDATE claim SET claimant_id = " + KEPT + " WHERE claimant_id = " + MERGED
                + " RETURNING cast(id AS text)", Map.of("merged", merged.toString(), "kept", kept.toString()));
    }

    /**
     * Groups other than the two that listed the merged actor list the kept one instead, once; their
     * version moves, as their representation changed.
     *
     * @return the groups' ids
     */
    public Uni<List<UUID>> renameMembers(UUID merged, UUID kept, Instant now) {
        return ids("UPDATE actor g SET members = ARRAY(SELECT r.member FROM unnest(g.members) WITH ORDINALITY AS u(member, ord)"
                + " CROSS JOIN LATERAL (SELECT CASE WHEN u.member = " + MERGED + " THEN " + KEPT + " ELSE u.member END AS member) r"
                + " WHERE r.member <> g.id GROUP BY r.member ORDER BY min(u.ord)),"
                + " version = g.version + 1, updated_at = " + NOW
                + " WHERE " + MERGED + " = ANY(g.members) AND g.id NOT IN (" + MERGED + ", " + KEPT + ")"
                + " RETURNING cast(g.id AS text)",
                Map.of("merged", merged.toString(), "kept", kept.toString(), "now", now.toString()));
    }

    /** Claims whose claimant or stances moved show it: their version and updatedAt move too. */
    public Uni<Integer> touchClaims(Collection<UUID> claims, Instant now) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return update("UPDATE claim SET version = version + 1, updated_at = " + NOW
                + " WHERE id = ANY(cast(cast(:ids AS text) AS uuid[]))", Map.of("ids", array(claims), "now", now.toString()));
    }

    /** The claims these stances are on. */
    public Uni<List<UUID>> claimsOfStances(Collection<UUID> stances) {
        if (stances.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return ids("SELECT DISTINCT cast(claim_id AS text) FROM stance WHERE id = ANY(cast(cast(:ids AS text) AS uuid[]))",
                Map.of("ids", array(stances)));
    }

    /** The merged id, and every id already redirected to it, now lead to the kept actor. */
    public Uni<Integer> redirect(UUID merged, UUID kept, Instant now) {
        return update("UPDATE actor_redirect SET to_id = " + KEPT + " WHERE to_id = " + MERGED,
                Map.of("merged", merged.toString(), "kept", kept.toString()))
                .chain(() -> update("INSERT INTO actor_redirect (from_id, to_id, merged_at) VALUES (" + MERGED + ", "
                        + KEPT + ", " + NOW + ")", Map.of("merged", merged.toString(), "kept", kept.toString(),
                        "now", now.toString())));
    }

    private static String array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private Uni<UUID> single(String sql, Map<String, Object> parameters) {
        return ids(sql, parameters).map(found -> found.isEmpty() ? null : found.get(0));
    }

    private Uni<List<UUID>> ids(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, String.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).map(found -> found.stream().map(UUID::fromString).toList());
    }

    private Uni<Integer> update(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }
}
