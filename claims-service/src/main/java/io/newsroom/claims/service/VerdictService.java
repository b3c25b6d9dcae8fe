package io.newsroom.claims.service;

import io.newsroom.claims.api.Verdict;
import io.newsroom.claims.api.VerdictInput;
import io.newsroom.claims.domain.VerdictEntity;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.stylebook.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The desk's verdict on a claim: one per claim, separate from the stances. It is part of the
 * claim's representation, so writing it is conditional on the claim's ETag and bumps it.
 */
@ApplicationScoped
public class VerdictService {

    private final ClaimRepository claims;
    private final ClaimLookup lookup;

    public VerdictService(ClaimRepository claims, ClaimLookup lookup) {
        this.claims = claims;
        this.lookup = lookup;
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
            return saved.chain(claims::flushSession).map(ignored -> new Versioned<>(new Verdict(verdict.rating,
                    verdict.explanation, verdict.reviewer, verdict.reviewedAt, verdict.recordedAt), claim.version));
        }));
    }

    @WithTransaction
    public Uni<Void> withdraw(String storyId, UUID claimId, String ifMatch) {
        return lookup.matching(storyId, claimId, ifMatch).chain(claim -> claims.verdict(claimId).chain(found -> {
            if (found == null) {
                return Uni.createFrom().failure(ProblemException.notFound("The claim has no verdict"));
            }
            claim.updatedAt = lookup.now();
            return claims.remove(found);
        }));
    }
}
