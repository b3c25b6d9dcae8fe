package io.newsroom.claims.service;

import io.newsroom.claims.api.Appearance;
import io.newsroom.claims.api.Citation;
import io.newsroom.claims.api.Revision;
import io.newsroom.claims.api.Claim;
import io.newsroom.claims.api.ClaimRelation;
import io.newsroom.claims.api.Stance;
import io.newsroom.claims.api.Verdict;
import io.newsroom.claims.config.ClaimsConfig;
import io.newsroom.claims.domain.AppearanceEntity;
import io.newsroom.claims.domain.ClaimEntity;
import io.newsroom.claims.domain.ClaimRelationEntity;
import io.newsroom.claims.domain.RevisedResource;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.domain.StanceEntity;
import io.newsroom.claims.domain.StanceEvidenceEntity;
import io.newsroom.claims.domain.VerdictEntity;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.ActorRepository;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.claims.repository.ClaimRow;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.claims.repository.StoredRevision;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.Languages;
import io.newsroom.stylebook.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Brings a deleted claim back as it was when deleted: its own fields, and the appearances, stances
 * (superseded ones too), verdict and relations that went with it, read from the DELETED revisions of
 * that one instant. What was removed before the claim (a verdict withdrawn earlier) stays removed.
 */
@ApplicationScoped
public class ClaimRestoreService {

    private final ClaimRepository claims;
    private final ClaimViewRepository views;
    private final ActorRepository actors;
    private final ClaimLookup lookup;
    private final Revisions revisions;
    private final ClaimsConfig config;
    private final StoryReferences references;

    public ClaimRestoreService(ClaimRepository claims, ClaimViewRepository views, ActorRepository actors,
                               ClaimLookup lookup, Revisions revisions, ClaimsConfig config,
                               StoryReferences references) {
        this.claims = claims;
        this.views = views;
        this.actors = actors;
        this.lookup = lookup;
        this.revisions = revisions;
        this.config = config;
        this.references = references;
    }

    /**
     * Restores the claim once timeline-service confirms its story and event still exist (asked before the
     * transaction, as a create is): a claim brought back into a deleted story would refer to nothing.
     */
    public Uni<Versioned<Claim>> restore(String storyId, UUID claimId) {
        return Panache.withSession(() -> revisions.latest(RevisedResource.CLAIM, claimId))
                .map(stored -> deletedState(storyId, claimId, stored))
                .chain(was -> references.check(storyId, was.eventId()))
                .chain(() -> Panache.withTransaction(() -> bringBack(storyId, claimId)));
    }

    private Claim deletedState(String storyId, UUID claimId, StoredRevision stored) {
        if (stored == null || !storyId.equals(stored.storyId())) {
            throw ProblemException.notFound("No claim " + claimId + " was ever recorded in story " + storyId);
        }
        if (stored.action() != RevisionAction.DELETED) {
            throw ProblemException.conflict("Claim " + claimId + " is not deleted");
        }
        Restorable.withinRetention(stored, lookup.now(), config.restore().retention(), "claim " + claimId);
        return revisions.read(stored, Claim.class);
    }

    private Uni<Versioned<Claim>> bringBack(String storyId, UUID claimId) {
        return revisions.latest(RevisedResource.CLAIM, claimId).chain(stored -> {
            // Read again inside the transaction: a concurrent restore may have come first.
            Claim was = deletedState(storyId, claimId, stored);
            Instant now = lookup.now();
            return revisions.deletedWith(storyId, claimId, stored.recordedAt())
                    .chain(parts -> actorsStillThere(was, parts)
                            .chain(() -> reinsert(was, stored, parts, now, null)));
        });
    }

    /**
     * Brings back, inside the caller's transaction, a claim deleted with its story at {@code deletedAt}, now
     * that timeline-service restored the story: no retention applies (the story came back, so do its claims),
     * and timeline is not asked (its feed just said so). A claim deleted or restored again since is left as it
     * is. A claim that names an actor deleted meanwhile cannot come back: it stays deleted, restorable by an
     * admin once the actor is, and the item is null.
     */
    Uni<Claim> bringBackWithStory(String storyId, UUID claimId, Instant deletedAt, Revision.Author author) {
        return revisions.latest(RevisedResource.CLAIM, claimId).chain(stored -> {
            if (stored == null || stored.action() != RevisionAction.DELETED || !stored.recordedAt().equals(deletedAt)
                    || !storyId.equals(stored.storyId())) {
                return Uni.createFrom().nullItem();
            }
            Claim was = revisions.read(stored, Claim.class);
            return revisions.deletedWith(storyId, claimId, stored.recordedAt())
                    .chain(parts -> missingActors(was, parts).chain(missing -> missing.isEmpty()
                            ? reinsert(was, stored, parts, lookup.now(), author).map(Versioned::body)
                            : Uni.createFrom().nullItem()));
        });
    }

    // A claimant or stance actor deleted or merged away meanwhile would leave the claim pointing at nothing.
    private Uni<Void> actorsStillThere(Claim was, List<StoredRevision> parts) {
        return missingActors(was, parts).chain(missing -> {
            if (!missing.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.conflict("The claim names actor(s) " + missing
                        + " that no longer exist; restore them first"));
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Set<UUID>> missingActors(Claim was, List<StoredRevision> parts) {
        Set<UUID> named = new HashSet<>();
        named.add(was.claimantId());
        parts.stream().filter(p -> p.resourceType().equals(RevisedResource.STANCE.key()))
                .forEach(p -> named.add(revisions.read(p, Stance.class).actor().id()));
        return actors.findAll(named).map(found -> {
            Set<UUID> missing = new HashSet<>(named);
            found.forEach(actor -> missing.remove(actor.id));
            return missing;
        });
    }

    private Uni<Versioned<Claim>> reinsert(Claim was, StoredRevision stored, List<StoredRevision> parts, Instant now,
                                           Revision.Author author) {
        ClaimEntity claim = new ClaimEntity();
        claim.id = was.id();
        claim.storyId = was.storyId();
        claim.proposition = was.proposition();
        claim.language = was.language();
        claim.searchConfig = Languages.searchConfiguration(was.language());
        claim.claimantId = was.claimantId();
        claim.madeAt(Edtf.parse(was.madeAt().edtf()));
        claim.eventId = was.eventId();
        claim.tags = was.tags().toArray(String[]::new);
        claim.recordedAt = was.recordedAt();
        claim.updatedAt = now;
        List<Object> rows = new ArrayList<>();
        List<ClaimRelation> relations = new ArrayList<>();
        for (StoredRevision part : parts) {
            switch (RevisedResource.valueOf(part.resourceType().toUpperCase(java.util.Locale.ROOT))) {
                case APPEARANCE -> rows.add(appearance(claim.id, revisions.read(part, Appearance.class)));
                case STANCE -> rows.addAll(stance(revisions.read(part, Stance.class)));
                case VERDICT -> rows.add(verdict(claim.id, revisions.read(part, Verdict.class)));
                case RELATION -> relations.add(revisions.read(part, ClaimRelation.class));
                default -> throw new IllegalStateException("a claim has no part of type " + part.resourceType());
            }
        }
        // The claim first: its parts refer to it. Relations only where the other claim is there now.
        return claims.persistAll(claim).chain(claims::flushSession)
                .chain(() -> claims.persistAll(rows)).chain(claims::flushSession)
                .chain(() -> relationsBack(claim, relations))
                .chain(() -> claims.refreshStatus(claim.id))
                .chain(() -> claims.continueVersion(claim, Restorable.nextVersion(stored)))
                .chain(() -> views.findWritten(claim.storyId, claim.id).chain(row -> views.stanceHistory(claim.id)
                        .chain(stances -> claims.relationsOf(claim.id)
                                .chain(back -> author == null ? revisions.record(now, restored(row, stances, back))
                                        : revisions.record(now, restored(row, stances, back), author))
                                .replaceWith(new Versioned<>(ClaimMapper.claim(row), row.version())))));
    }

    private Uni<Void> relationsBack(ClaimEntity claim, List<ClaimRelation> relations) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ClaimRelation relation : relations) {
            UUID other = relation.fromClaimId().equals(claim.id) ? relation.toClaimId() : relation.fromClaimId();
            chain = chain.chain(() -> claims.findInStory(claim.storyId, other).chain(found -> {
                if (found == null) {
                    return Uni.createFrom().voidItem();
                }
                ClaimRelationEntity entity = new ClaimRelationEntity();
                entity.id = relation.id();
                entity.fromClaimId = relation.fromClaimId();
                entity.toClaimId = relation.toClaimId();
                entity.type = relation.type();
                entity.recordedAt = relation.recordedAt();
                return claims.persistAll(entity).chain(claims::flushSession);
            }));
        }
        return chain;
    }

    private static List<Revisions.Revised> restored(ClaimRow row, List<ClaimRow.StanceRow> stances,
                                                    List<ClaimRelationEntity> relations) {
        Claim claim = ClaimMapper.claim(row);
        List<Revisions.Revised> restored = new ArrayList<>();
        restored.add(Revisions.Revised.claim(RevisionAction.RESTORED, claim, row.version()));
        claim.appearances().forEach(appearance -> restored.add(Revisions.Revised.appearance(RevisionAction.RESTORED,
                claim.storyId(), claim.id(), appearance)));
        stances.forEach(stance -> restored.add(Revisions.Revised.stance(RevisionAction.RESTORED, claim.storyId(),
                ClaimMapper.stance(stance))));
        if (claim.verdict() != null) {
            restored.add(Revisions.Revised.verdict(RevisionAction.RESTORED, claim.storyId(), claim.id(),
                    claim.verdict()));
        }
        relations.forEach(relation -> restored.add(Revisions.Revised.relation(RevisionAction.RESTORED,
                claim.storyId(), ClaimMapper.relation(relation))));
        return restored;
    }

    private static AppearanceEntity appearance(UUID claimId, Appearance was) {
        AppearanceEntity appearance = new AppearanceEntity();
        appearance.id = was.id();
        appearance.claimId = claimId;
        appearance.url = was.url();
        appearance.outlet = was.outlet();
        appearance.title = was.title();
        appearance.publishedAt = was.publishedAt();
        appearance.quote = was.quote();
        appearance.language = was.language();
        appearance.searchConfig = Languages.searchConfiguration(was.language());
        appearance.recordedAt = was.recordedAt();
        return appearance;
    }

    private static List<Object> stance(Stance was) {
        StanceEntity stance = new StanceEntity();
        stance.id = was.id();
        stance.claimId = was.claimId();
        stance.actorId = was.actor().id();
        stance.position = was.position();
        stance.summary = was.summary();
        stance.takenAt = was.takenAt();
        stance.recordedAt = was.recordedAt();
        stance.supersededAt = was.supersededAt();
        List<Object> rows = new ArrayList<>();
        rows.add(stance);
        List<Citation> evidence = was.evidence() == null ? List.of() : was.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            StanceEvidenceEntity item = Citations.evidence(evidence.get(i), "evidence[" + i + "]");
            item.stanceId = stance.id;
            item.seq = i;
            rows.add(item);
        }
        return rows;
    }

    private static VerdictEntity verdict(UUID claimId, Verdict was) {
        VerdictEntity verdict = new VerdictEntity();
        verdict.claimId = claimId;
        verdict.rating = was.rating();
        verdict.explanation = was.explanation();
        verdict.reviewer = was.reviewer();
        verdict.reviewedAt = was.reviewedAt();
        verdict.recordedAt = was.recordedAt();
        return verdict;
    }
}
