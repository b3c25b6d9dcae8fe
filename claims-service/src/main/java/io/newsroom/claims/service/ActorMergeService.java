package io.newsroom.claims.service;

import io.newsroom.claims.api.Actor;
import io.newsroom.claims.domain.ActorEntity;
import io.newsroom.claims.domain.ActorKind;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.ActorMergeRepository;
import io.newsroom.claims.repository.ActorRepository;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Folds a duplicate actor into the one that is kept: the claims it made and the stances it took
 * move, its name and aliases become aliases of the kept one, groups list the kept one instead, and
 * its id redirects there. Every row that changed leaves its revision, the merged actor a DELETED one.
 * Refused when a moved stance would be a claimant's on its own claim (422 self-stance).
 */
@ApplicationScoped
public class ActorMergeService {

    private final ActorRepository actors;
    private final ActorMergeRepository merges;
    private final ClaimRepository claims;
    private final ClaimViewRepository views;
    private final ClaimLookup lookup;
    private final Revisions revisions;

    public ActorMergeService(ActorRepository actors, ActorMergeRepository merges, ClaimRepository claims,
                             ClaimViewRepository views, ClaimLookup lookup, Revisions revisions) {
        this.actors = actors;
        this.merges = merges;
        this.claims = claims;
        this.views = views;
        this.lookup = lookup;
        this.revisions = revisions;
    }

    /** What moved, for the revisions. */
    private record Moved(List<UUID> stances, List<UUID> claims, List<UUID> groups) {
    }

    /** @return the kept actor as it is after the merge */
    @WithTransaction
    public Uni<Versioned<Actor>> merge(UUID mergedId, UUID keptId) {
        if (mergedId.equals(keptId)) {
            return Uni.createFrom().failure(ProblemException.invalid("into", "an actor cannot be merged into itself"));
        }
        return merged(mergedId).chain(merged -> kept(keptId).chain(kept -> {
            if (merged.members.length > 0 && kept.kind != ActorKind.GROUP) {
                return Uni.createFrom().failure(ProblemException.invalid("into", "actor " + mergedId
                        + " is a group with members, and only a GROUP may have members"));
            }
            return merges.selfStanceAfter(mergedId, keptId).chain(claim -> {
                if (claim != null) {
                    return Uni.createFrom().failure(new ProblemException(ProblemType.SELF_STANCE, "Merged, the actors "
                            + "would hold a stance on their own claim " + claim + "; change or settle that stance first"));
                }
                return fold(merged, kept, lookup.now());
            });
        }));
    }

    private Uni<ActorEntity> merged(UUID id) {
        return actors.findById(id).chain(actor -> actor != null ? Uni.createFrom().item(actor)
                : actors.redirect(id).chain(to -> Uni.createFrom().failure(to == null
                        ? ProblemException.notFound("No actor " + id)
                        : ProblemException.conflict("Actor " + id + " was already merged into " + to))));
    }

    private Uni<ActorEntity> kept(UUID id) {
        return actors.findById(id).chain(actor -> actor != null ? Uni.createFrom().item(actor)
                : actors.redirect(id).chain(to -> Uni.createFrom().failure(ProblemException.invalid("into", to == null
                        ? "no actor " + id : "actor " + id + " was merged into " + to + "; merge into that one"))));
    }

    private Uni<Versioned<Actor>> fold(ActorEntity merged, ActorEntity kept, Instant now) {
        Actor gone = ClaimMapper.actor(merged);
        return merges.supersedeDoubleStances(merged.id, kept.id, now).chain(superseded ->
                merges.moveStances(merged.id, kept.id).chain(stances ->
                        merges.moveClaims(merged.id, kept.id).chain(madeBy ->
                                merges.renameMembers(merged.id, kept.id, now).chain(groups ->
                                        merges.claimsOfStances(stances).chain(stancesOn -> {
                                            Set<UUID> touched = new LinkedHashSet<>(madeBy);
                                            touched.addAll(stancesOn);
                                            return merges.touchClaims(touched, now)
                                                    .chain(() -> refreshed(superseded))
                                                    .replaceWith(new Moved(stances, List.copyOf(touched), groups));
                                        })))))
                .call(() -> revisions.record(now, List.of(Revisions.Revised.actor(RevisionAction.DELETED, gone,
                        merged.version))))
                // The merged row goes first: the kept one may take over its Wikidata id, which is unique.
                .call(() -> actors.delete(merged).chain(actors::flush))
                .call(() -> {
                    absorb(kept, gone, now);
                    return actors.flush();
                })
                .call(() -> merges.redirect(merged.id, kept.id, now))
                .call(moved -> recordMoves(moved, kept, now))
                .map(moved -> new Versioned<>(ClaimMapper.actor(kept), kept.version));
    }

    // A superseded double stance may have been the one that gave its claim its status.
    private Uni<Void> refreshed(List<UUID> supersededStances) {
        return merges.claimsOfStances(supersededStances).chain(claimIds -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID claimId : claimIds) {
                chain = chain.chain(() -> claims.refreshStatus(claimId).replaceWithVoid());
            }
            return chain;
        });
    }

    /** The kept actor takes the merged one's name and aliases as aliases, its Wikidata id if it had none, its members. */
    private static void absorb(ActorEntity kept, Actor gone, Instant now) {
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(Arrays.asList(kept.aliases));
        names.add(gone.name());
        names.addAll(gone.aliases());
        String own = kept.name.toLowerCase(Locale.ROOT);
        for (String alias : names) {
            String folded = alias.strip().toLowerCase(Locale.ROOT);
            if (!folded.equals(own)) {
                aliases.putIfAbsent(folded, alias.strip());
            }
        }
        kept.aliases = aliases.values().toArray(String[]::new);
        if (kept.wikidataId == null) {
            kept.wikidataId = gone.wikidataId();
        }
        Set<UUID> members = new LinkedHashSet<>(Arrays.asList(kept.members));
        members.addAll(gone.members());
        members.remove(kept.id);
        members.remove(gone.id());
        kept.members = members.toArray(UUID[]::new);
        kept.updatedAt = now;
    }

    private Uni<Void> recordMoves(Moved moved, ActorEntity kept, Instant now) {
        return views.findWritten(moved.claims()).chain(claimRows -> views.stancesWritten(moved.stances())
                .chain(stanceRows -> actors.findAll(moved.groups()).chain(groups -> {
                    List<Revisions.Revised> revised = new ArrayList<>();
                    revised.add(Revisions.Revised.actor(RevisionAction.UPDATED, ClaimMapper.actor(kept), kept.version));
                    groups.forEach(group -> revised.add(Revisions.Revised.actor(RevisionAction.UPDATED,
                            ClaimMapper.actor(group), group.version)));
                    claimRows.forEach(row -> revised.add(Revisions.Revised.claim(RevisionAction.UPDATED,
                            ClaimMapper.claim(row), row.version())));
                    stanceRows.forEach(row -> revised.add(Revisions.Revised.stance(RevisionAction.UPDATED,
                            storyOf(claimRows, row.claimId()), ClaimMapper.stance(row))));
                    return revisions.record(now, revised);
                })));
    }

    private static String storyOf(List<io.newsroom.claims.repository.ClaimRow> claims, UUID claimId) {
        return claims.stream().filter(c -> c.id().equals(claimId)).findFirst().orElseThrow().storyId();
    }
}
