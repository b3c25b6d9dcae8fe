package io.newsroom.claims.service;

import io.newsroom.claims.api.ClaimRelation;
import io.newsroom.claims.api.ClaimRelationInput;
import io.newsroom.claims.api.ClaimRelationPage;
import io.newsroom.claims.domain.ClaimRelationEntity;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.AsOfRepository;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.stylebook.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** How claims of one story relate: one contradicts or repeats another. */
@ApplicationScoped
public class ClaimRelationService {

    private final ClaimRepository claims;
    private final ClaimLookup lookup;
    private final IdempotencyService idempotency;
    private final Revisions revisions;
    private final AsOfRepository history;

    public ClaimRelationService(ClaimRepository claims, ClaimLookup lookup, IdempotencyService idempotency,
                                Revisions revisions, AsOfRepository history) {
        this.claims = claims;
        this.history = history;
        this.lookup = lookup;
        this.idempotency = idempotency;
        this.revisions = revisions;
    }

    @WithTransaction
    public Uni<Written> relate(String storyId, UUID claimId, ClaimRelationInput input, String idempotencyKey,
                               String path, Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "relateClaim", path, input,
                () -> lookup.existing(storyId, claimId).chain(claim -> {
                    if (claimId.equals(input.toClaimId())) {
                        return Uni.createFrom().failure(
                                ProblemException.invalid("toClaimId", "a claim cannot relate to itself"));
                    }
                    return claims.findInStory(storyId, input.toClaimId()).chain(other -> {
                        if (other == null) {
                            return Uni.createFrom().failure(ProblemException.invalid("toClaimId",
                                    "no claim " + input.toClaimId() + " in story " + storyId));
                        }
                        return claims.relationExists(claimId, other.id, input.type());
                    }).chain(exists -> {
                        if (exists) {
                            return Uni.createFrom().failure(ProblemException.conflict("The claims are already "
                                    + "related as " + input.type() + " (CONTRADICTS counts either way)"));
                        }
                        ClaimRelationEntity relation = new ClaimRelationEntity();
                        relation.id = UUID.randomUUID();
                        relation.fromClaimId = claimId;
                        relation.toClaimId = input.toClaimId();
                        relation.type = input.type();
                        relation.recordedAt = lookup.now();
                        ClaimRelation related = ClaimMapper.relation(relation);
                        return claims.persistAll(relation).chain(claims::flushSession)
                                .call(() -> revisions.record(relation.recordedAt, List.of(
                                        Revisions.Revised.relation(RevisionAction.CREATED, storyId, related))))
                                .map(ignored -> new Written(201, location.apply(relation.id), null,
                                        lookup.body(related), false));
                    });
                }));
    }

    /** @param asOf null for the relations now, else as they stood then (from the revisions) */
    public Uni<ClaimRelationPage> list(String storyId, UUID claimId, Instant asOf) {
        if (asOf != null) {
            return relationsThen(storyId, claimId, asOf).map(found -> new ClaimRelationPage(found, null));
        }
        return Panache.withSession(() -> lookup.existing(storyId, claimId).chain(claim -> claims.relationsOf(claimId)))
                .map(found -> new ClaimRelationPage(found.stream().map(ClaimMapper::relation).toList(), null));
    }

    /** @param asOf null for the relation now, else as it stood then, among the claim's relations of then */
    public Uni<ClaimRelation> get(String storyId, UUID claimId, UUID relationId, Instant asOf) {
        if (asOf != null) {
            return relationsThen(storyId, claimId, asOf).map(found -> found.stream()
                    .filter(relation -> relation.id().equals(relationId)).findFirst().orElse(null));
        }
        return Panache.withSession(() -> lookup.existing(storyId, claimId).chain(claim -> claims.relation(relationId)))
                .map(found -> found == null || !(found.fromClaimId.equals(claimId) || found.toClaimId.equals(claimId))
                        ? null : ClaimMapper.relation(found));
    }

    private Uni<List<ClaimRelation>> relationsThen(String storyId, UUID claimId, Instant asOf) {
        return lookup.existedThen(history.relationsOf(storyId, claimId, asOf), storyId, claimId, asOf)
                .map(rows -> rows.stream().map(ClaimMapper::relation).toList());
    }
}
