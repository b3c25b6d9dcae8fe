package io.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.domain.ActorEntity;
import io.newsroom.claims.domain.ActorKind;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.ActorRepository;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.claims.api.Actor;
import io.newsroom.claims.api.ActorActivity;
import io.newsroom.claims.api.ActorInput;
import io.newsroom.claims.api.ActorPage;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Pages;
import io.newsroom.stylebook.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class ActorService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ActorRepository actors;
    private final ClaimViewRepository claimViews;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Clock clock;

    public ActorService(ActorRepository actors, ClaimViewRepository claimViews, IdempotencyService idempotency,
                        ObjectMapper json, Clock clock) {
        this.actors = actors;
        this.claimViews = claimViews;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Written> create(ActorInput input, String idempotencyKey, String path, Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "createActor", path, input, () -> {
            ActorEntity actor = new ActorEntity();
            actor.id = UUID.randomUUID();
            actor.createdAt = now();
            return apply(actor, input)
                    .chain(() -> actors.persistAndFlush(actor))
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
            return apply(actor, input)
                    .chain(() -> actors.flush())
                    .map(ignored -> new Versioned<>(ClaimMapper.actor(actor), actor.version));
        });
    }

    public Uni<Versioned<Actor>> get(UUID id) {
        return actors.findById(id).map(actor -> actor == null ? null
                : new Versioned<>(ClaimMapper.actor(actor), actor.version));
    }

    /** Actors in name order; with a name, those whose name, a word of it, or an alias matches it. */
    public Uni<ActorPage> page(String name, String after, Integer limit) {
        int size = Pages.limit(limit);
        Cursor cursor = Cursor.decode(after, 2);
        String folded = name == null || name.isBlank() ? null : name.strip();
        if (folded != null && folded.length() > 200) {
            return Uni.createFrom().failure(ProblemException.invalid("name", "is at most 200 characters"));
        }
        return actors.page(folded, cursor == null ? null : cursor.text(1), cursor == null ? null : cursor.uuid(0), size + 1)
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

    @WithSession
    public Uni<ActorActivity> activity(UUID id, Integer limit) {
        int size = Pages.limit(limit);
        return actors.findById(id).chain(actor -> {
            if (actor == null) {
                return Uni.createFrom().nullItem();
            }
            return claimViews.byClaimant(id, size).chain(claims -> claimViews.stancesBy(id, size)
                    .map(stances -> new ActorActivity(ClaimMapper.actor(actor),
                            claims.stream().map(ClaimMapper::claim).toList(),
                            stances.stream().map(ClaimMapper::stanceOnClaim).toList())));
        });
    }

    private Uni<Void> apply(ActorEntity actor, ActorInput input) {
        if (input.country() != null && !COUNTRIES.contains(input.country())) {
            return Uni.createFrom().failure(ProblemException.invalid("country",
                    "'" + input.country() + "' is not an ISO 3166-1 alpha-2 country code"));
        }
        List<UUID> members = input.members() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.members()));
        if (!members.isEmpty() && input.kind() != ActorKind.GROUP) {
            return Uni.createFrom().failure(ProblemException.invalid("members", "only a GROUP actor may have members"));
        }
        return actors.findAll(members).chain(found -> {
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
            actor.updatedAt = now();
            return Uni.createFrom().voidItem();
        });
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
