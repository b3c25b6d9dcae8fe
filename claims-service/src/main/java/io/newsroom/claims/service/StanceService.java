package io.newsroom.claims.service;

import io.newsroom.claims.api.Citation;
import io.newsroom.claims.api.Stance;
import io.newsroom.claims.api.StanceChange;
import io.newsroom.claims.api.StanceInput;
import io.newsroom.claims.api.StancePage;
import io.newsroom.claims.domain.ActorEntity;
import io.newsroom.claims.domain.ActorKind;
import io.newsroom.claims.domain.ClaimEntity;
import io.newsroom.claims.domain.Position;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.domain.StanceEntity;
import io.newsroom.claims.domain.StanceEvidenceEntity;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.ActorRepository;
import io.newsroom.claims.repository.AsOfRepository;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.claims.repository.ClaimRow;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Who supports or disputes a claim. A changed stance supersedes the old one, which stays in the history. */
@ApplicationScoped
public class StanceService {

    private final ClaimRepository claims;
    private final ClaimViewRepository views;
    private final ActorRepository actors;
    private final ClaimLookup lookup;
    private final IdempotencyService idempotency;
    private final Revisions revisions;
    private final AsOfRepository history;

    public StanceService(ClaimRepository claims, ClaimViewRepository views, ActorRepository actors,
                         ClaimLookup lookup, IdempotencyService idempotency, Revisions revisions,
                         AsOfRepository history) {
        this.claims = claims;
        this.history = history;
        this.views = views;
        this.actors = actors;
        this.lookup = lookup;
        this.idempotency = idempotency;
        this.revisions = revisions;
    }

    @WithTransaction
    public Uni<Written> take(String storyId, UUID claimId, StanceInput input, String idempotencyKey, String path,
                             Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "takeStance", path, input,
                () -> lookup.existing(storyId, claimId).chain(claim -> lookup.actor(input.actorId(), "actorId")
                        .chain(actor -> notOwnClaim(claim, actor))
                        .chain(actor -> claims.currentStance(claimId, actor.id).chain(current -> {
                            if (current != null) {
                                return Uni.createFrom().failure(ProblemException.conflict("Actor " + actor.id
                                        + " already holds a stance on this claim; change it with PUT on the actor's "
                                        + "stance (the earlier one stays in the history)"));
                            }
                            Instant now = lookup.now();
                            return record(claim, actor.id, input.position(), input.summary(),
                                    input.evidence(), input.takenAt(), now)
                                    .call(taken -> revised(storyId, claim, now, taken, null));
                        }))
                        .map(stance -> new Written(201, location.apply(stance.actor().id()), null, lookup.body(stance),
                                false))));
    }

    /** @return the new current stance, with the version of the claim it is part of */
    @WithTransaction
    public Uni<Versioned<Stance>> change(String storyId, UUID claimId, UUID actorId, StanceChange change,
                                         String ifMatch) {
        return lookup.matching(storyId, claimId, ifMatch).chain(claim -> claims.currentStance(claimId, actorId)
                .chain(current -> {
                    if (current == null) {
                        return Uni.createFrom().failure(ProblemException.notFound(
                                "Actor " + actorId + " holds no stance on this claim; take one with POST first"));
                    }
                    Instant now = lookup.now();
                    current.supersededAt = now;
                    // The partial unique index allows one current stance: retire the old one before the new one is inserted.
                    return claims.flushSession().chain(() -> record(claim, actorId, change.position(),
                            change.summary(), change.evidence(), change.takenAt(), now))
                            .call(taken -> revised(storyId, claim, now, taken, current.id));
                })
                .map(stance -> new Versioned<>(stance, claim.version)));
    }

    /** @param asOf null for the actor's current stance now, else the one current then (from the revisions) */
    public Uni<Stance> current(String storyId, UUID claimId, UUID actorId, Instant asOf) {
        return stances(storyId, claimId, false, asOf)
                .map(stances -> stances.stream().filter(s -> s.actorId().equals(actorId))
                        .findFirst().map(ClaimMapper::stance).orElse(null));
    }

    /** @param asOf null for the stances now, else as they stood then: those recorded by then, as they were then */
    public Uni<StancePage> list(String storyId, UUID claimId, boolean history, Instant asOf) {
        return stances(storyId, claimId, history, asOf)
                .map(stances -> new StancePage(stances.stream().map(ClaimMapper::stance).toList(), null));
    }

    /** The current stances on the claim, and superseded ones too if asked, oldest recorded first; 404 without the claim. */
    private Uni<List<ClaimRow.StanceRow>> stances(String storyId, UUID claimId, boolean withSuperseded, Instant asOf) {
        if (asOf != null) {
            return lookup.existedThen(history.stances(storyId, claimId, withSuperseded, asOf), storyId, claimId, asOf);
        }
        return Panache.withSession(() -> lookup.existing(storyId, claimId).chain(claim -> views.stanceHistory(claimId)))
                .map(rows -> rows.stream().filter(s -> withSuperseded || s.supersededAt() == null).toList());
    }

    /**
     * A claimant cannot take a stance on its own claim; nor can a member of a claimant GROUP, whose
     * support would be the group backing itself. A group taking a stance on a member's claim is
     * allowed: the group is a wider voice than the member.
     */
    private Uni<ActorEntity> notOwnClaim(ClaimEntity claim, ActorEntity actor) {
        if (actor.id.equals(claim.claimantId)) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.SELF_STANCE,
                    "Actor " + actor.id + " made this claim"));
        }
        return actors.findById(claim.claimantId).chain(claimant -> {
            if (claimant.kind == ActorKind.GROUP && claimant.members != null
                    && List.of(claimant.members).contains(actor.id)) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.SELF_STANCE,
                        "Actor " + actor.id + " is a member of the group that made this claim"));
            }
            return Uni.createFrom().item(actor);
        });
    }

    /**
     * The revisions of a stance write: the new stance, the one it superseded (if any), and the claim when
     * the write changed its status.
     */
    private Uni<Void> revised(String storyId, ClaimEntity claim, Instant now, Stance taken, UUID superseded) {
        Uni<List<ClaimRow.StanceRow>> history = superseded == null ? Uni.createFrom().item(List.of())
                : views.stanceHistory(claim.id);
        return history.chain(stances -> views.findWritten(storyId, claim.id).chain(row -> {
            List<Revisions.Revised> revised = new ArrayList<>();
            revised.add(Revisions.Revised.stance(RevisionAction.CREATED, storyId, taken));
            stances.stream().filter(s -> s.id().equals(superseded)).findFirst().ifPresent(old -> revised.add(
                    Revisions.Revised.stance(RevisionAction.UPDATED, storyId, ClaimMapper.stance(old))));
            revised.add(Revisions.Revised.claim(RevisionAction.UPDATED, ClaimMapper.claim(row), row.version()));
            return revisions.record(now, revised);
        }));
    }

    private Uni<Stance> record(ClaimEntity claim, UUID actorId, Position position, String summary,
                               List<Citation> evidence, Instant takenAt, Instant now) {
        StanceEntity stance = new StanceEntity();
        stance.id = UUID.randomUUID();
        stance.claimId = claim.id;
        stance.actorId = actorId;
        stance.position = position;
        stance.summary = summary.strip();
        stance.takenAt = takenAt.truncatedTo(ChronoUnit.MICROS);
        stance.recordedAt = now;
        List<Object> rows = new ArrayList<>();
        rows.add(stance);
        List<Citation> cited = evidence == null ? List.of() : evidence;
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < cited.size(); i++) {
            StanceEvidenceEntity item = Citations.evidence(cited.get(i), "evidence[" + i + "]");
            item.stanceId = stance.id;
            item.seq = i;
            if (!urls.add(item.url)) {
                throw ProblemException.invalid("evidence[" + i + "].url", "repeats an earlier citation");
            }
            rows.add(item);
        }
        // Touching the claim bumps its version, so its ETag changes with its stances.
        claim.updatedAt = now;
        // The stored status follows the current stances in this same transaction (a change has
        // already flushed the stance it supersedes, so both sides of it are counted).
        return claims.persistAll(rows).chain(claims::flushSession)
                .chain(() -> claims.refreshStatus(claim.id))
                .chain(() -> views.stanceHistory(claim.id))
                .map(history -> history.stream().filter(s -> s.id().equals(stance.id)).findFirst()
                        .map(ClaimMapper::stance).orElseThrow());
    }
}
