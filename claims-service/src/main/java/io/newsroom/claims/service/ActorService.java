package io.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.domain.ActorEntity;
import io.newsroom.claims.domain.ActorKind;
import io.newsroom.claims.domain.RevisedResource;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.config.ClaimsConfig;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.ActorRepository;
import io.newsroom.claims.repository.AsOfRepository;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.claims.api.Actor;
import io.newsroom.claims.api.ActorActivity;
import io.newsroom.claims.api.ActorInput;
import io.newsroom.claims.api.ActorPage;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Pages;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.function.Function;

@ApplicationScoped
public class ActorService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]{0,11}");

    private final ActorRepository actors;
    private final ClaimViewRepository claimViews;
    private final IdempotencyService idempotency;
    private final Revisions revisions;
    private final ObjectMapper json;
    private final Clock clock;
    private final ClaimsConfig config;
    private final AsOfRepository history;

    public ActorService(ActorRepository actors, ClaimViewRepository claimViews, IdempotencyService idempotency,
                        Revisions revisions, ObjectMapper json, Clock clock, ClaimsConfig config,
                        AsOfRepository history) {
        this.actors = actors;
        this.history = history;
        this.claimViews = claimViews;
        this.idempotency = idempotency;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    @WithTransaction
    public Uni<Written> create(ActorInput input, String idempotencyKey, String path, Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "createActor", path, input, () -> {
            ActorEntity actor = new ActorEntity();
            actor.id = UUID.randomUUID();
            actor.createdAt = now();
            return apply(actor, input, actor.createdAt)
                    .chain(() -> actors.persistAndFlush(actor))
                    .call(() -> revisions.record(actor.updatedAt, List.of(Revisions.Revised.actor(
                            RevisionAction.CREATED, ClaimMapper.actor(actor), actor.version))))
                    .map(ignored -> new Written(201, location.apply(actor.id), EntityTags.of(actor.version),
                            write(ClaimMapper.actor(actor)), false));
        });
    }

    @WithTransaction
    public Uni<Versioned<Actor>> update(UUID id, ActorInput input, String ifMatch) {
        return actors.findById(id).chain(actor -> {
            if (actor == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No actor " + id));
            }
            EntityTags.requireMatch(ifMatch, EntityTags.of(actor.version), "the actor");
            if (input.members() != null && input.members().contains(id)) {
                return Uni.createFrom().failure(ProblemException.invalid("members", "an actor cannot be its own member"));
            }
            return apply(actor, input, now())
                    .chain(() -> actors.flush())
                    .call(() -> revisions.record(actor.updatedAt, List.of(Revisions.Revised.actor(
                            RevisionAction.UPDATED, ClaimMapper.actor(actor), actor.version))))
                    .map(ignored -> new Versioned<>(ClaimMapper.actor(actor), actor.version));
        });
    }

    /**
     * Deletes an actor no claim, stance or group names: one that is named would leave claims without a
     * claimant or stances without a side, so it is refused with what names it (merge it instead).
     */
    @WithTransaction
    public Uni<Void> delete(UUID id, String ifMatch) {
        return actors.findById(id).chain(actor -> {
            if (actor == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No actor " + id));
            }
            EntityTags.requireMatch(ifMatch, EntityTags.of(actor.version), "the actor");
            return actors.usage(id).chain(usage -> {
                if (!usage.unused()) {
                    return Uni.createFrom().failure(ProblemException.conflict("Actor " + id + " is named in "
                            + usage.claims() + " claim(s) as claimant, " + usage.stances() + " stance(s) and "
                            + usage.groups() + " group(s); only an unused actor can be deleted. To fold a duplicate "
                            + "into another actor, merge it."));
                }
                return revisions.record(now(), List.of(Revisions.Revised.actor(RevisionAction.DELETED,
                        ClaimMapper.actor(actor), actor.version))).chain(() -> actors.delete(actor));
            });
        });
    }

    /**
     * Brings a deleted actor back as it was, within the restore retention, at a version above any it had,
     * so an ETag read before the deletion never matches it again.
     */
    @WithTransaction
    public Uni<Versioned<Actor>> restore(UUID id) {
        return actors.findById(id).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ProblemException.conflict("Actor " + id + " is not deleted"));
            }
            return revisions.latest(RevisedResource.ACTOR, id);
        }).chain(deleted -> {
            if (deleted == null || deleted.action() != RevisionAction.DELETED) {
                return Uni.createFrom().failure(ProblemException.notFound("No deleted actor " + id));
            }
            Instant now = now();
            Restorable.withinRetention(deleted, now, config.restore().retention(), "actor " + id);
            Actor was = revisions.read(deleted, Actor.class);
            return actors.redirect(id).chain(kept -> {
                if (kept != null) {
                    return Uni.createFrom().failure(ProblemException.conflict("Actor " + id + " was merged into "
                            + kept + "; a merge is not undone by a restore"));
                }
                return wikidataFree(id, was.wikidataId());
            }).chain(() -> actors.findAll(was.members())).chain(members -> {
                if (members.size() != new LinkedHashSet<>(was.members()).size()) {
                    return Uni.createFrom().failure(ProblemException.conflict("A member of actor " + id
                            + " was deleted since; restore the member first"));
                }
                ActorEntity actor = new ActorEntity();
                actor.id = was.id();
                actor.name = was.name();
                actor.kind = was.kind();
                actor.description = was.description();
                actor.country = was.country();
                actor.wikidataId = was.wikidataId();
                actor.aliases = was.aliases().toArray(String[]::new);
                actor.members = was.members().toArray(UUID[]::new);
                actor.createdAt = was.createdAt();
                actor.updatedAt = now;
                return actors.persistAndFlush(actor)
                        .chain(() -> actors.continueVersion(actor, Restorable.nextVersion(deleted)))
                        .call(restored -> revisions.record(now, List.of(Revisions.Revised.actor(RevisionAction.RESTORED,
                                ClaimMapper.actor(restored), restored.version))))
                        .map(restored -> new Versioned<>(ClaimMapper.actor(restored), restored.version));
            });
        });
    }

    /** @param asOf null for the actor as it is, else as it stood then (from its revisions) */
    public Uni<Versioned<Actor>> get(UUID id, Instant asOf) {
        if (asOf != null) {
            return history.actor(id, asOf).map(row -> row == null ? null
                    : new Versioned<>(ClaimMapper.actor(row), row.version()));
        }
        return actors.findById(id).map(actor -> actor == null ? null
                : new Versioned<>(ClaimMapper.actor(actor), actor.version));
    }

    /**
     * Actors in name order; with a name, those whose name, a word of it, or an alias matches it.
     *
     * @param asOf null for the actors now, else as they stood then (from their revisions), names and aliases of then
     */
    public Uni<ActorPage> page(String name, String wikidataId, String after, Integer limit, Instant asOf) {
        int size = Pages.limit(limit);
        Cursor cursor = Cursor.decode(after, 2);
        String folded = name == null || name.isBlank() ? null : name.strip();
        if (folded != null && folded.length() > 200) {
            return Uni.createFrom().failure(ProblemException.invalid("name", "is at most 200 characters"));
        }
        if (wikidataId != null && !WIKIDATA_ID.matcher(wikidataId).matches()) {
            return Uni.createFrom().failure(ProblemException.invalid("wikidataId",
                    "must be a Wikidata item id: Q followed by digits"));
        }
        String afterSortKey = cursor == null ? null : cursor.text(1);
        UUID afterId = cursor == null ? null : cursor.uuid(0);
        return (asOf == null ? actors.page(folded, wikidataId, afterSortKey, afterId, size + 1)
                : history.actors(folded, wikidataId, afterSortKey, afterId, size + 1, asOf))
                .map(found -> {
                    List<Actor> items = found.stream().limit(size).map(ClaimMapper::actor).toList();
                    String next = null;
                    if (found.size() > size) {
                        var last = found.get(size - 1);
                        next = Cursor.encode(last.id(), last.sortKey());
                    }
                    return new ActorPage(items, next);
                });
    }

    /** @param asOf null for the activity now, else as it stood then: the claims and stances recorded by then */
    public Uni<ActorActivity> activity(UUID id, Integer limit, Instant asOf) {
        int size = Pages.limit(limit);
        if (asOf != null) {
            return history.actor(id, asOf).chain(actor -> actor == null ? Uni.createFrom().nullItem()
                    : history.byClaimant(id, asOf, size).chain(claims -> history.stancesBy(id, asOf, size)
                    .map(stances -> new ActorActivity(ClaimMapper.actor(actor),
                            claims.stream().map(ClaimMapper::claim).toList(),
                            stances.stream().map(ClaimMapper::stanceOnClaim).toList()))));
        }
        return current(id, size);
    }

    private Uni<ActorActivity> current(UUID id, int size) {
        return Panache.withSession(() -> actors.findById(id).chain(actor -> {
            if (actor == null) {
                return Uni.createFrom().nullItem();
            }
            return claimViews.byClaimant(id, size).chain(claims -> claimViews.stancesBy(id, size)
                    .map(stances -> new ActorActivity(ClaimMapper.actor(actor),
                            claims.stream().map(ClaimMapper::claim).toList(),
                            stances.stream().map(ClaimMapper::stanceOnClaim).toList())));
        }));
    }

    private Uni<Void> apply(ActorEntity actor, ActorInput input, java.time.Instant now) {
        if (input.country() != null && !COUNTRIES.contains(input.country())) {
            return Uni.createFrom().failure(ProblemException.invalid("country",
                    "'" + input.country() + "' is not an ISO 3166-1 alpha-2 country code"));
        }
        List<UUID> members = input.members() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.members()));
        if (!members.isEmpty() && input.kind() != ActorKind.GROUP) {
            return Uni.createFrom().failure(ProblemException.invalid("members", "only a GROUP actor may have members"));
        }
        return wikidataFree(actor.id, input.wikidataId()).chain(() -> actors.findAll(members)).chain(found -> {
            if (found.size() != members.size()) {
                Set<UUID> known = new java.util.HashSet<>();
                found.forEach(member -> known.add(member.id));
                UUID missing = members.stream().filter(m -> !known.contains(m)).findFirst().orElseThrow();
                return Uni.createFrom().failure(ProblemException.invalid("members", "no actor " + missing));
            }
            actor.name = input.name().strip();
            actor.kind = input.kind();
            actor.description = input.description();
            actor.country = input.country();
            actor.wikidataId = input.wikidataId();
            actor.aliases = input.aliases() == null ? new String[0]
                    : new LinkedHashSet<>(input.aliases().stream().map(String::strip).toList()).toArray(String[]::new);
            actor.members = members.toArray(UUID[]::new);
            actor.updatedAt = now;
            return Uni.createFrom().voidItem();
        });
    }

    /** A Wikidata id names one actor: another actor's is a conflict naming that actor, so a desk can use it instead. */
    private Uni<Void> wikidataFree(UUID id, String wikidataId) {
        if (wikidataId == null) {
            return Uni.createFrom().voidItem();
        }
        return actors.byWikidataId(wikidataId).chain(holder -> {
            if (holder == null || holder.id.equals(id)) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT, "Wikidata id " + wikidataId
                    + " is already actor " + holder.id + " (" + holder.name + "); use that actor, or merge into it",
                    List.of(new FieldProblem("wikidataId", "already the Wikidata id of actor " + holder.id))));
        });
    }

    /** Where a merged actor went, or a null item for an id that was never merged. */
    public Uni<UUID> mergedInto(UUID id) {
        return actors.redirect(id);
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }
}
