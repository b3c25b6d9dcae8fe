package io.newsroom.claims.repository;

import io.newsroom.claims.domain.AppearanceEntity;
import io.newsroom.claims.domain.ClaimEntity;
import io.newsroom.claims.domain.ClaimRelationEntity;
import io.newsroom.claims.domain.RelationType;
import io.newsroom.claims.domain.StanceEntity;
import io.newsroom.claims.domain.VerdictEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Writes to a claim and what hangs off it: appearances, stances, verdict, relations. */
@ApplicationScoped
@WithSession
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    public Uni<ClaimEntity> findInStory(String storyId, UUID claimId) {
        return find("id = ?1 and storyId = ?2", claimId, storyId).firstResult();
    }

    /** Every claim of a story, in id order (a story's deletion takes them all). */
    public Uni<List<ClaimEntity>> inStory(String storyId) {
        return find("storyId = ?1 order by id", storyId).list();
    }

    public Uni<Void> persistAll(Object... entities) {
        return getSession().chain(session -> session.persistAll(entities));
    }

    public Uni<Void> persistAll(List<?> entities) {
        return getSession().chain(session -> session.persistAll(entities.toArray()));
    }

    public Uni<Void> flushSession() {
        return getSession().chain(session -> session.flush());
    }

    public Uni<Boolean> appearanceExists(UUID claimId, String url) {
        return getSession().chain(session -> session
                .createSelectionQuery("select count(*) from AppearanceEntity where claimId = :claimId and url = :url",
                        Long.class)
                .setParameter("claimId", claimId).setParameter("url", url)
                .getSingleResult()).map(count -> count > 0);
    }

    public Uni<StanceEntity> currentStance(UUID claimId, UUID actorId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from StanceEntity where claimId = :claimId and actorId = :actorId"
                        + " and supersededAt is null", StanceEntity.class)
                .setParameter("claimId", claimId).setParameter("actorId", actorId)
                .getSingleResultOrNull());
    }

    /**
     * Stores the status and last stance activity that the claim's current stances give, in the
     * caller's transaction: every write that changes which stances are current calls this after
     * flushing them, so the stored columns the hot reads use never disagree with the stances.
     * The version is not touched here; the write already bumped it by touching the claim.
     */
    public Uni<Integer> refreshStatus(UUID claimId) {
        return getSession().chain(session -> session.createNativeQuery("UPDATE claim c"
                        + " SET status = d.status, last_activity_at = d.last_activity"
                        + " FROM (SELECT " + ClaimViewRepository.STATUS + " AS status, max(s.recorded_at) AS last_activity"
                        + " FROM stance s WHERE s.claim_id = cast(cast(:claimId AS text) AS uuid)"
                        + " AND s.superseded_at IS NULL) d"
                        + " WHERE c.id = cast(cast(:claimId AS text) AS uuid)")
                .setParameter("claimId", claimId.toString())
                .executeUpdate());
    }

    /** Sets a just restored claim's version (Hibernate starts new rows at 0) and reloads it. */
    public Uni<ClaimEntity> continueVersion(ClaimEntity claim, int version) {
        return getSession().chain(session -> session.createNativeQuery(
                        "UPDATE claim SET version = :version WHERE id = cast(cast(:id AS text) AS uuid)")
                .setParameter("version", version).setParameter("id", claim.id.toString())
                .executeUpdate()
                .chain(() -> session.refresh(claim)).replaceWith(claim));
    }

    public Uni<VerdictEntity> verdict(UUID claimId) {
        return getSession().chain(session -> session.find(VerdictEntity.class, claimId));
    }

    public Uni<Void> remove(Object entity) {
        return getSession().chain(session -> session.remove(entity));
    }

    /** An existing relation between the two claims that the new one would duplicate (CONTRADICTS is symmetric). */
    public Uni<Boolean> relationExists(UUID fromClaimId, UUID toClaimId, RelationType type) {
        String symmetric = type == RelationType.CONTRADICTS
                ? " or (fromClaimId = :to and toClaimId = :from)" : "";
        return getSession().chain(session -> session
                .createSelectionQuery("select count(*) from ClaimRelationEntity where type = :type"
                        + " and ((fromClaimId = :from and toClaimId = :to)" + symmetric + ")", Long.class)
                .setParameter("type", type).setParameter("from", fromClaimId).setParameter("to", toClaimId)
                .getSingleResult()).map(count -> count > 0);
    }

    public Uni<List<ClaimRelationEntity>> relationsOf(UUID claimId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from ClaimRelationEntity where fromClaimId = :id or toClaimId = :id"
                        + " order by recordedAt, id", ClaimRelationEntity.class)
                .setParameter("id", claimId)
                .getResultList());
    }

    public Uni<ClaimRelationEntity> relation(UUID relationId) {
        return getSession().chain(session -> session.find(ClaimRelationEntity.class, relationId));
    }

    public Uni<AppearanceEntity> appearance(UUID id) {
        return getSession().chain(session -> session.find(AppearanceEntity.class, id));
    }
}
