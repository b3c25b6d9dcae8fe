package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Bias;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.StancePosition;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.TimelineSnapshot;
import io.newsroom.gateway.view.ActorRef;
import io.newsroom.gateway.view.ActorView;
import io.newsroom.gateway.view.BiasShare;
import io.newsroom.gateway.view.ClaimRef;
import io.newsroom.gateway.view.Coverage;
import io.newsroom.gateway.view.CoverageArticle;
import io.newsroom.gateway.view.Dispute;
import io.newsroom.gateway.view.RelationView;
import io.newsroom.gateway.view.StoryView;
import io.newsroom.gateway.view.TimelineEvent;

/** Composes the two services' halves of a story into the view a desk reads. Pure: no I/O, no clock. */
public final class StoryViewMapper {

    public static final String TIMELINE = "timeline";
    public static final String CLAIMS = "claims";

    private static final String UNKNOWN_ACTOR = "(unknown actor)";

    /** The services' own order is by earliest, latest, position, id; sorting again keeps the view total even if a page boundary moved. */
    public static final Comparator<Event> TIMELINE_ORDER = Comparator
            .comparing((Event e) -> e.when() == null ? null : e.when().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.when() == null ? null : e.when().latest(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::position, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::id, Comparator.nullsLast(Comparator.naturalOrder()));

    public static final Comparator<Claim> CLAIM_ORDER = Comparator
            .comparing((Claim c) -> c.madeAt() == null ? null : c.madeAt().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::proposition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private StoryViewMapper() {
    }

    /**
     * @param timeline null when the timeline-service did not answer
     * @param claims null when the claims-service did not answer
     */
    public static StoryView compose(String storyId, TimelineSnapshot timeline, ClaimsSnapshot claims) {
        List<String> degraded = new ArrayList<>();
        if (timeline == null) {
            degraded.add(TIMELINE);
        }
        if (claims == null) {
            degraded.add(CLAIMS);
        }
        List<Event> events = timeline == null ? List.of() : sorted(timeline.events(), TIMELINE_ORDER);
        List<Claim> claimList = claims == null ? List.of() : sorted(claims.claims(), CLAIM_ORDER);
        Map<String, Actor> actors = claims == null ? Map.of() : index(claims.actors(), Actor::id);
        Map<String, Event> eventsById = index(events, Event::id);

        Story story = timeline != null ? timeline.story() : new Story(storyId, null, null, List.of(), null, null);

        Map<String, List<ClaimRef>> claimsByEvent = new HashMap<>();
        for (Claim claim : claimList) {
            if (claim.eventId() != null) {
                claimsByEvent.computeIfAbsent(claim.eventId(), k -> new ArrayList<>())
                        .add(new ClaimRef(claim.id(), claim.proposition(), ref(actors, claim.claimantId()), claim.status()));
            }
        }
        List<TimelineEvent> timelineEvents = events.stream()
                .map(e -> new TimelineEvent(e, e.status() != null && e.status().upcoming(),
                        claimsByEvent.getOrDefault(e.id(), List.of())))
                .toList();

        List<RelationView> relations = timeline == null ? List.of() : nonNull(timeline.relations()).stream()
                .map(r -> new RelationView(r.type(), r.fromEventId(), title(eventsById, r.fromEventId()), r.toEventId(),
                        title(eventsById, r.toEventId())))
                .toList();

        List<Dispute> disputes = claimList.stream()
                .filter(c -> c.status() != null && c.status().disputed())
                .map(c -> new Dispute(new ClaimRef(c.id(), c.proposition(), ref(actors, c.claimantId()), c.status()),
                        actorsTaking(c, StancePosition.SUPPORTS, actors), actorsTaking(c, StancePosition.DISPUTES, actors)))
                .toList();

        return new StoryView(story, timelineEvents, relations, claimList, disputes, involvedActors(claimList, actors),
                timeline == null ? null : coverage(timeline.articles(), timeline.outlets()),
                lastUpdated(story, events, claimList), List.copyOf(degraded));
    }

    private static List<ActorRef> actorsTaking(Claim claim, StancePosition position, Map<String, Actor> actors) {
        return nonNull(claim.stances()).stream().filter(s -> s.position() == position)
                .map(s -> ref(actors, s.actorId())).distinct().toList();
    }

    private static List<ActorView> involvedActors(List<Claim> claims, Map<String, Actor> actors) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Claim c : claims) {
            counts.computeIfAbsent(c.claimantId(), k -> new int[2])[0]++;
            for (Stance s : nonNull(c.stances())) {
                counts.computeIfAbsent(s.actorId(), k -> new int[2])[1]++;
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getKey() != null)
                .map(e -> {
                    Actor a = actors.get(e.getKey());
                    Actor actor = a != null ? a : new Actor(e.getKey(), UNKNOWN_ACTOR, null, null, null, null, List.of(), List.of());
                    return new ActorView(actor, e.getValue()[0], e.getValue()[1]);
                })
                .sorted(Comparator.comparing((ActorView v) -> v.actor().name()).thenComparing(v -> v.actor().id()))
                .toList();
    }

    static Coverage coverage(List<Article> articles, List<Outlet> outlets) {
        Map<String, Outlet> outletsById = index(outlets, Outlet::id);
        Map<Bias, Integer> articlesByBias = new EnumMap<>(Bias.class);
        Map<Bias, Set<String>> outletsByBias = new EnumMap<>(Bias.class);
        Set<String> coveringOutlets = new LinkedHashSet<>();
        List<CoverageArticle> coverageArticles = new ArrayList<>();
        for (Article article : nonNull(articles)) {
            Outlet outlet = article.outletId() == null ? null : outletsById.get(article.outletId());
            Bias bias = outlet == null || outlet.bias() == null ? Bias.UNRATED : outlet.bias();
            articlesByBias.merge(bias, 1, Integer::sum);
            if (outlet != null) {
                coveringOutlets.add(outlet.id());
                outletsByBias.computeIfAbsent(bias, k -> new LinkedHashSet<>()).add(outlet.id());
            }
            coverageArticles.add(new CoverageArticle(article.url(), article.title(), outlet == null ? null : outlet.name(),
                    bias, article.publishedAt()));
        }
        coverageArticles.sort(Comparator.comparing(CoverageArticle::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CoverageArticle::url, Comparator.nullsLast(Comparator.naturalOrder())));
        List<BiasShare> byBias = Arrays.stream(Bias.values())
                .map(b -> new BiasShare(b, articlesByBias.getOrDefault(b, 0), outletsByBias.getOrDefault(b, Set.of()).size()))
                .toList();
        Map<Bias.Side, Integer> bySide = new EnumMap<>(Bias.Side.class);
        articlesByBias.forEach((bias, count) -> {
            if (bias.side() != null) {
                bySide.merge(bias.side(), count, Integer::sum);
            }
        });
        int left = bySide.getOrDefault(Bias.Side.LEFT, 0);
        int center = articlesByBias.getOrDefault(Bias.CENTER, 0);
        int right = bySide.getOrDefault(Bias.Side.RIGHT, 0);
        int unrated = articlesByBias.getOrDefault(Bias.UNRATED, 0);
        List<Bias.Side> missing = Arrays.stream(Bias.Side.values()).filter(side -> !bySide.containsKey(side)).toList();
        // With no coverage at all there is no spectrum to be blind on.
        boolean blindspot = !coverageArticles.isEmpty() && !missing.isEmpty();
        return new Coverage(coverageArticles.size(), coveringOutlets.size(), byBias, left, center, right, unrated, blindspot,
                coverageArticles.isEmpty() ? List.of() : List.copyOf(missing), List.copyOf(coverageArticles));
    }

    private static Instant lastUpdated(Story story, List<Event> events, List<Claim> claims) {
        return Stream.concat(Stream.of(story.updatedAt()),
                        Stream.concat(events.stream().map(Event::updatedAt), claims.stream().map(Claim::updatedAt)))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static ActorRef ref(Map<String, Actor> actors, String id) {
        Actor a = id == null ? null : actors.get(id);
        return a == null ? new ActorRef(id, UNKNOWN_ACTOR, null) : new ActorRef(a.id(), a.name(), a.kind());
    }

    private static String title(Map<String, Event> events, String id) {
        Event e = events.get(id);
        return e == null ? null : e.title();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        return nonNull(list).stream().sorted(order).toList();
    }

    static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
        return nonNull(list).stream().filter(t -> id.apply(t) != null)
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
