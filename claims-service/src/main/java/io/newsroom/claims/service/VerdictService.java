package io.newsroom.claims.service;

import io.newsroom.claims.api.Verdict;
import io.newsroom.claims.api.VerdictInput;
import io.newsroom.claims.domain.VerdictEntity;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.stylebook.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The desk's verdict on a claim: one per claim, separate from the stances. It is part of the
 * claim's representation, so writing it is conditional on the claim's ETag and bumps it.
 */
@ApplicationScoped
public class VerdictService {

    private final ClaimRepository claims;
    private final ClaimViewRepository views;
    private final ClaimLookup lookup;
    private final Revisions revisions;

    public VerdictService(ClaimRepository claims, ClaimViewRepository views, ClaimLookup lookup, Revisions revisions) {
        this.claims = claims;
        this.views = views;
        this.lookup = lookup;
        this.revisions = revisions;
    }

    /** @return the verdict as stored, with the claim's new version */
    @WithTransaction
    public Uni<Versioned<Verdict>> set(String storyId, UUID claimId, VerdictInput input, String ifMatch) {
        return lookup.matching(storyId, claimId, ifMatch).chain(claim -> claims.verdict(claimId).chain(found -> {
            VerdictEntity verdict = found != null ? found : new VerdictEntity();
            verdict.claimId = claimId;
            verdict.rating = input.rating();
            verdict.explanation = input.explanation().strip();
            verdict.reviewer = input.reviewer().strip();
            verdict.reviewedAt = input.reviewedAt();
            verdict.recordedAt = lookup.now();
            claim.updatedAt = verdict.recordedAt;
            Uni<Void> saved = found != null ? Uni.createFrom().voidItem() : claims.persistAll(verdict);
            Verdict given = new Verdict(verdict.rating, verdict.explanation, verdict.reviewer, verdict.reviewedAt,
                    verdict.recordedAt);
            // A replaced verdict stays in the history: its revision holds it, the new one's says what changed.
            return saved.chain(claims::flushSession)
                    .call(() -> revised(storyId, claimId, verdict.recordedAt, Revisions.Revised.verdict(
                            found != null ? RevisionAction.UPDATED : RevisionAction.CREATED, storyId, claimId, given)))
                    .map(ignored -> new Versioned<>(given, claim.version));
        }));
    }

    @WithTransaction
    public Uni<Void> withdraw(String storyId, UUID claimId, String ifMatch) {
        return lookup.matching(storyId, claimId, ifMatch).chain(claim -> claims.verdict(claimId).chain(found -> {
            if (found == null) {
                return Uni.createFrom().failure(ProblemException.notFound("The claim has no verdict"));
            }
            claim.updatedAt = lookup.now();
            Verdict withdrawn = new Verdict(found.rating, found.explanation, found.reviewer, found.reviewedAt,
                    found.recordedAt);
            return claims.remove(found).chain(claims::flushSession)
                    .chain(() -> revised(storyId, claimId, claim.updatedAt,
                            Revisions.Revised.verdict(RevisionAction.DELETED, storyId, claimId, withdrawn)));
        }));
    }

    /** The verdict's revision, and the claim's, whose representation shows the verdict. */
    private Uni<Void> revised(String storyId, UUID claimId, Instant now, Revisions.Revised verdict) {
        return views.findWritten(storyId, claimId).chain(row -> revisions.record(now, List.of(verdict,
                Revisions.Revised.claim(RevisionAction.UPDATED, ClaimMapper.claim(row), row.version()))));
    }
}
