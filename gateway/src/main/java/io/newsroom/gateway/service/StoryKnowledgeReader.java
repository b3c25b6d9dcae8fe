package io.newsroom.gateway.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.client.ClaimsClient;
import io.newsroom.gateway.client.Page;
import io.newsroom.gateway.client.Paging;
import io.newsroom.gateway.client.TimelineClient;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.Participant;
import io.newsroom.gateway.ingestion.ActorCandidate;
import io.newsroom.gateway.ingestion.KnownActor;
import io.newsroom.gateway.ingestion.KnownClaim;
import io.newsroom.gateway.ingestion.KnownEvent;
import io.newsroom.gateway.ingestion.StoryKnowledge;
import io.newsroom.gateway.mapping.IngestionMapper;
import io.newsroom.gateway.repository.IngestionRepository;
import io.newsroom.gateway.view.Candidate;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What a story already holds, read from the services for the engine to match an article against: its events, its
 * claims, and its actors. A story's actors are those its claims and stances name, and those its earlier ingestions
 * made or found (an actor accepted from an article may have said nothing yet). The gateway keeps no copy of any of
 * it: each ingestion reads it anew, so a fact accepted a moment ago is known to the next article.
 */
@ApplicationScoped
public class StoryKnowledgeReader {

    /** Actors read in full at once: enough to overlap the calls, few enough not to flood the claims-service. */
    private static final int CONCURRENT_READS = 8;
    /** Names of unknown actors looked up among all the system's actors, per article; the rest are proposed as new. */
    static final int MAX_NAME_LOOKUPS = 50;

    private final TimelineClient timeline;
    private final ClaimsClient claims;
    private final IngestionRepository ingestions;
    private final GatewayConfig config;

    public StoryKnowledgeReader(TimelineClient timeline, ClaimsClient claims, IngestionRepository ingestions,
            GatewayConfig config) {
        this.timeline = timeline;
        this.claims = claims;
        this.ingestions = ingestions;
        this.config = config;
    }

    public Uni<StoryKnowledge> read(String storyId) {
        int size = config.pageSize();
        int pages = config.maxPages();
        Map<String, Actor> named = new LinkedHashMap<>();
        Uni<List<Event>> events = Paging.all(after -> timeline.events(storyId, after, size, null), pages);
        Uni<List<Claim>> claimList = Paging.all(after -> claims.claims(storyId, after, size, null).map(page -> {
            page.namedActors().forEach(a -> named.putIfAbsent(a.id(), a));
            return new Page<>(page.claims(), page.nextCursor());
        }), pages);
        return Uni.combine().all().unis(events, claimList, ingestions.acceptedActorFacts(storyId)).asTuple()
                .chain(read -> {
                    Set<String> actorIds = new LinkedHashSet<>(named.keySet());
                    read.getItem3().stream().flatMap(json -> IngestionMapper.facts(json).stream())
                            .filter(f -> f.kind() == Candidate.FactKind.ACTOR).map(Candidate.AcceptedFact::id).forEach(actorIds::add);
                    return actorsInFull(List.copyOf(actorIds)).map(actors -> knowledge(actors, read.getItem1(), read.getItem2()));
                });
    }

    /**
     * The knowledge with the system's actors of the names the article gives that the story does not know: an actor
     * of another story (the president is in many) is the same actor here, so it is matched, not proposed again.
     * Matched by exact name or alias (any case) and the same kind.
     */
    public Uni<StoryKnowledge> withActorsNamed(StoryKnowledge story, List<ActorCandidate> unknown) {
        List<ActorCandidate> lookups = unknown.stream().filter(a -> a.matchesActorId() == null).limit(MAX_NAME_LOOKUPS).toList();
        if (lookups.isEmpty()) {
            return Uni.createFrom().item(story);
        }
        return Multi.createFrom().iterable(lookups)
                .onItem().transformToUni(candidate -> claims.actorsNamed(candidate.name())
                        .map(found -> found.stream().filter(a -> sameName(a, candidate.name())
                                && (candidate.kind() == null || candidate.kind() == a.kind())).findFirst().orElse(null)))
                .merge(CONCURRENT_READS)
                .filter(Objects::nonNull)
                .collect().asList()
                .map(found -> {
                    Map<String, KnownActor> actors = new LinkedHashMap<>();
                    story.actors().forEach(a -> actors.put(a.id(), a));
                    found.forEach(a -> actors.putIfAbsent(a.id(), known(a)));
                    return new StoryKnowledge(List.copyOf(actors.values()), story.events(), story.claims());
                });
    }

    private Uni<List<Actor>> actorsInFull(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // An actor deleted since (a null item) is simply not known any more.
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUni(id -> claims.findActor(id, null)).merge(CONCURRENT_READS)
                .filter(Objects::nonNull)
                .collect().asList();
    }

    private static StoryKnowledge knowledge(List<Actor> actors, List<Event> events, List<Claim> claims) {
        List<KnownActor> known = new ArrayList<>();
        Map<String, KnownActor> byId = new LinkedHashMap<>();
        for (Actor actor : actors) {
            // Merged actors answer as the one kept, so two ids may give one actor.
            if (!byId.containsKey(actor.id())) {
                KnownActor k = known(actor);
                byId.put(actor.id(), k);
                known.add(k);
            }
        }
        List<KnownEvent> knownEvents = events.stream().filter(e -> e.when() != null && e.when().earliest() != null)
                .map(e -> new KnownEvent(e.id(), e.title(), e.when().earliest(),
                        e.end() != null && e.end().latest() != null ? e.end().latest() : e.when().latest(),
                        participantIds(e.participants(), actors)))
                .toList();
        List<KnownClaim> knownClaims = claims.stream().filter(c -> c.claimantId() != null && c.proposition() != null)
                .map(c -> new KnownClaim(c.id(), c.claimantId(), c.proposition())).toList();
        return new StoryKnowledge(known, knownEvents, knownClaims);
    }

    private static KnownActor known(Actor a) {
        return new KnownActor(a.id(), a.name(), a.aliases(), a.kind());
    }

    /** An event's participants are names (and Wikidata ids): the actors they are, by id, name or alias. */
    private static List<String> participantIds(List<Participant> participants, List<Actor> actors) {
        if (participants == null) {
            return List.of();
        }
        return participants.stream()
                .flatMap(p -> actors.stream().filter(a -> (p.wikidataId() != null && p.wikidataId().equals(a.wikidataId()))
                        || sameName(a, p.name())).map(Actor::id).limit(1))
                .distinct().toList();
    }

    private static boolean sameName(Actor actor, String name) {
        if (name == null) {
            return false;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(actor.name()), actor.aliases() == null ? Stream.empty() : actor.aliases().stream())
                .filter(Objects::nonNull).anyMatch(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
