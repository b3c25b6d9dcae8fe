package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Bias;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.ClaimsWindow;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.StancePosition;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.TimelineWindow;
import io.newsroom.gateway.view.ActorRef;
import io.newsroom.gateway.view.ActorView;
import io.newsroom.gateway.view.BiasShare;
import io.newsroom.gateway.view.ClaimRef;
import io.newsroom.gateway.view.Coverage;
import io.newsroom.gateway.view.CoverageOutlet;
import io.newsroom.gateway.view.Dispute;
import io.newsroom.gateway.view.RelationView;
import io.newsroom.gateway.view.StoryCounts;
import io.newsroom.gateway.view.StoryView;
import io.newsroom.gateway.view.TimelineEvent;

/** Composes the two services' halves of a story window into the view a desk reads. Pure: no I/O, no clock. */
public final class StoryViewMapper {

    public static final String TIMELINE = "timeline-service";
    public static final String CLAIMS = "claims-service";

    private static final String UNKNOWN_ACTOR = "(unknown actor)";

    /** The services' own order is by earliest, latest, position, id; sorting again keeps the view total even if a page boundary moved. */
    public static final Comparator<Event> TIMELINE_ORDER = Comparator
            .comparing((Event e) -> e.when() == null ? null : e.when().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.when() == null ? null : e.when().latest(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::position, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The claims-service's order of a page's claims: made earliest first, then id. */
    public static final Comparator<Claim> CLAIM_ORDER = Comparator
            .comparing((Claim c) -> c.madeAt() == null ? null : c.madeAt().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private StoryViewMapper() {
    }

    /**
     * @param timeline the timeline half; a view cannot be composed without its page
     * @param claims null when the claims-service did not answer and no recent claims half was kept
     * @param stale the services whose half is the one kept from a recent view
     * @param asOf the instant both halves were read as of, or null for the story as it stands
     */
    public static StoryView compose(TimelineWindow timeline, ClaimsWindow claims, List<String> stale, Instant asOf) {
        List<String> degraded = claims == null ? List.of(CLAIMS) : List.of();
        List<Event> events = sorted(timeline.events(), TIMELINE_ORDER);
        List<Claim> claimList = claims == null ? List.of() : sorted(claims.claims(), CLAIM_ORDER);
        List<Claim> disputed = claims == null ? List.of() : nonNull(claims.disputed());
        Map<String, Actor> actors = claims == null ? Map.of() : index(claims.actors(), Actor::id);
        Map<String, Event> eventsById = index(events, Event::id);

        Map<String, List<ClaimRef>> claimsByEvent = new HashMap<>();
        for (Claim claim : claimList) {
            if (claim.eventId() != null) {
                claimsByEvent.computeIfAbsent(claim.eventId(), k -> new ArrayList<>())
                        .add(ClaimRef.of(claim, ref(actors, claim.claimantId())));
            }
        }
        List<TimelineEvent> timelineEvents = events.stream()
                .map(e -> TimelineEvent.of(e, claimsByEvent.getOrDefault(e.id(), List.of())))
                .toList();

        List<RelationView> relations = nonNull(timeline.relations()).stream()
                .map(r -> new RelationView(r.type(), r.fromEventId(), title(eventsById, r.fromEventId()), r.toEventId(),
                        title(eventsById, r.toEventId())))
                .toList();

        List<Dispute> disputes = disputed.stream()
                .map(c -> new Dispute(ClaimRef.of(c, ref(actors, c.claimantId())),
                        actorsTaking(c, StancePosition.SUPPORTS, actors), actorsTaking(c, StancePosition.DISPUTES, actors)))
                .toList();

        // The actors of the page's claims and of the board, each claim counted once.
        Map<String, Claim> involved = new LinkedHashMap<>();
        Stream.concat(claimList.stream(), disputed.stream()).forEach(c -> involved.putIfAbsent(c.id(), c));
        return new StoryView(timeline.story(), coverage(timeline.coverage()), timelineEvents, relations, claimList, disputes,
                involvedActors(List.copyOf(involved.values()), actors), counts(timeline.counts(), claims == null ? null : claims.counts()),
                timeline.nextCursor(), lastUpdated(timeline.story(), events, claimList), degraded, List.copyOf(stale), asOf);
    }

    static StoryCounts counts(TimelineWindow.Counts t, ClaimsWindow.Counts c) {
        TimelineWindow.Counts timeline = t == null ? new TimelineWindow.Counts(0, 0, 0, 0) : t;
        if (c == null) {
            return new StoryCounts(timeline.events(), timeline.articles(), timeline.outlets(), timeline.relations(), null, null,
                    null, null);
        }
        Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, c.byStatus() == null ? 0 : c.byStatus().getOrDefault(status, 0));
        }
        return new StoryCounts(timeline.events(), timeline.articles(), timeline.outlets(), timeline.relations(), c.claims(),
                c.actors(), c.stances(), byStatus);
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

    static Coverage coverage(TimelineWindow.CoverageSummary summary) {
        if (summary == null) {
            return null;
        }
        Map<Bias, TimelineWindow.BiasCount> counted = new EnumMap<>(Bias.class);
        nonNull(summary.byBias()).stream().filter(b -> b.bias() != null).forEach(b -> counted.putIfAbsent(b.bias(), b));
        List<BiasShare> byBias = Arrays.stream(Bias.values())
                .map(b -> counted.containsKey(b) ? new BiasShare(b, counted.get(b).articles(), counted.get(b).outlets())
                        : new BiasShare(b, 0, 0))
                .toList();
        Map<Bias.Side, Integer> bySide = new EnumMap<>(Bias.Side.class);
        byBias.forEach(share -> {
            if (share.bias().side() != null && share.articles() > 0) {
                bySide.merge(share.bias().side(), share.articles(), Integer::sum);
            }
        });
        int left = bySide.getOrDefault(Bias.Side.LEFT, 0);
        int center = byBias.get(Bias.CENTER.ordinal()).articles();
        int right = bySide.getOrDefault(Bias.Side.RIGHT, 0);
        int unrated = byBias.get(Bias.UNRATED.ordinal()).articles();
        List<Bias.Side> missing = Arrays.stream(Bias.Side.values()).filter(side -> !bySide.containsKey(side)).toList();
        // With no coverage at all there is no spectrum to be blind on.
        boolean covered = summary.articleCount() > 0;
        List<CoverageOutlet> outlets = nonNull(summary.outlets()).stream()
                .map(o -> new CoverageOutlet(o.id(), o.name(), o.domain(), o.bias() == null ? Bias.UNRATED : o.bias(), o.articles()))
                .toList();
        return new Coverage(summary.articleCount(), summary.outletCount(), byBias, left, center, right, unrated,
                covered && !missing.isEmpty(), covered ? missing : List.of(), outlets);
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
