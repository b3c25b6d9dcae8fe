package io.newsroom.gateway.page;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;

import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.TimelineSnapshot;
import io.newsroom.gateway.mapping.StoryViewMapper;
import io.newsroom.gateway.support.Windows;
import io.newsroom.gateway.service.ServicesUnavailableException;
import io.newsroom.gateway.service.StoryViewService;
import io.newsroom.gateway.view.StoryView;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Stands in for the story view service in {@link ReaderPageProfile}, so the page is tested on the demo story and on
 * every shape of partial data, however the service gets its halves. The story id picks the case. A singleton, not
 * application scoped: it takes the application's JSON mapper in its constructor, which a client proxy would not allow.
 */
@Alternative
@Singleton
public class DemoStoryViewService extends StoryViewService {

    static final String CLAIMS_DOWN = "demo-claims-down";
    static final String TIMELINE_DOWN = "demo-timeline-down";
    static final String EMPTY = "demo-empty";
    static final String HOLLOW = "demo-hollow";
    static final String UNKNOWN = "demo-unknown";
    static final String ALL_DOWN = "demo-all-down";
    static final String BROKEN = "demo-broken";
    static final String HOSTILE = "demo-hostile";
    static final String CORRECTED = "demo-corrected";
    static final String PAGED = "demo-paged";
    /** The cursor of the paged demo's second page. */
    static final String LATER = "later";

    public DemoStoryViewService(com.fasterxml.jackson.databind.ObjectMapper json) {
        super(null, null, null, null, json);
    }

    @Override
    protected Uni<Composed> composed(String storyId, int limit, String after, Instant asOf) {
        return Uni.createFrom().item(() -> {
            StoryView view = PAGED.equals(storyId) ? paged(storyId, after) : demo(storyId, asOf);
            return new Composed(() -> view, null);
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static StoryView demo(String storyId, Instant asOf) {
        return switch (storyId) {
            case CLAIMS_DOWN -> StoryViewMapper.compose(Windows.of(DemoStory.timeline(storyId)), null, List.of(), null);
            // Without its timeline a view has no page; what a reader can get is the one kept from a moment ago.
            case TIMELINE_DOWN -> StoryViewMapper.compose(Windows.of(DemoStory.timeline(storyId)), Windows.of(DemoStory.claims()),
                    List.of(StoryViewMapper.TIMELINE), null);
            case EMPTY -> StoryViewMapper.compose(
                    Windows.of(new TimelineSnapshot(new Story(storyId, "A story with nothing in it yet", null,
                            List.of(), null, null), List.of(), List.of(), List.of(), List.of())),
                    Windows.of(new ClaimsSnapshot(List.of(), List.of())), List.of(), null);
            // Every part a service may leave out, left out at once.
            case HOLLOW -> new StoryView(new Story(storyId, null, null, null, null, null), null, null, null, null, null, null,
                    null, null, null, List.of(), List.of(), null);
            case UNKNOWN -> throw new StoryNotFoundException(storyId);
            case ALL_DOWN -> throw new ServicesUnavailableException("neither service answered");
            case BROKEN -> throw new IllegalStateException("a bug, not a reader's doing");
            case HOSTILE -> hostile(storyId);
            case CORRECTED -> corrected(storyId);
            default -> DemoStory.view(storyId, asOf);
        };
    }

    static final String RETRACTION_NOTE = "The interview quoted here did not take place.";
    static final String CORRECTION_NOTE = "An earlier version gave the wrong date for the talks.";
    /** Given before the interview it rests on was retracted: the page shows it, its structured data must not. */
    static final io.newsroom.gateway.domain.Verdict WITHHELD_VERDICT = new io.newsroom.gateway.domain.Verdict(
            io.newsroom.gateway.domain.Rating.MOSTLY_TRUE, "The minister said so in the interview.", "Desk",
            Instant.parse("2026-11-21T10:00:00Z"));

    /**
     * A story after its outlets changed their minds and a date went by: one event resting on a retracted report and a
     * corrected one, a meeting expected yesterday that nobody confirmed, a claim with a verdict whose appearance was
     * retracted, and a
     * disputed claim whose event was deleted from the timeline.
     */
    private static StoryView corrected(String storyId) {
        Citation retracted = new Citation("https://wire.example/interview", "Wire Example", "Minister: talks are over", null,
                "Talks are over", io.newsroom.gateway.domain.ArticleStatus.RETRACTED, RETRACTION_NOTE);
        Citation corrected = new Citation("https://daily.example/talks", "Daily Example", "Talks move to Geneva", null, null,
                io.newsroom.gateway.domain.ArticleStatus.CORRECTED, CORRECTION_NOTE);
        Citation standing = new Citation("https://news.example/summit", "News Example", "Summit report", null, null);
        Event talks = Event.builder().id("talks").title("Talks end without agreement").kind(EventKind.MEETING)
                .when(EdtfDate.of("2026-11-20")).status(EventStatus.OCCURRED).citations(List.of(retracted, corrected, standing))
                .build();
        Event meeting = Event.builder().id("meeting").title("Foreign ministers meet").kind(EventKind.MEETING)
                .when(EdtfDate.of("2026-11-30")).status(EventStatus.SCHEDULED).overdue(true).citations(List.of(standing))
                .build();
        Event visit = Event.builder().id("visit").title("Envoy visits the capital").kind(EventKind.MEETING)
                .when(EdtfDate.of("2026-12-08")).status(EventStatus.SCHEDULED).citations(List.of()).build();
        io.newsroom.gateway.domain.Actor minister = new io.newsroom.gateway.domain.Actor("minister", "The minister",
                io.newsroom.gateway.domain.ActorKind.PERSON, null, null, null, List.of(), List.of());
        io.newsroom.gateway.domain.Actor party = new io.newsroom.gateway.domain.Actor("party", "Opposition party",
                io.newsroom.gateway.domain.ActorKind.ORGANIZATION, null, null, null, List.of(), List.of());
        io.newsroom.gateway.domain.Claim over = new io.newsroom.gateway.domain.Claim("over", "The talks are over", "minister",
                EdtfDate.of("2026-11-20"), "talks", false, List.of(), List.of(retracted),
                io.newsroom.gateway.domain.ClaimStatus.UNCHALLENGED, List.of(), WITHHELD_VERDICT, null);
        io.newsroom.gateway.domain.Claim orphan = new io.newsroom.gateway.domain.Claim("orphan", "The vote was rigged", "party",
                EdtfDate.of("2026-11-10"), "deleted-event", true, List.of(), List.of(standing),
                io.newsroom.gateway.domain.ClaimStatus.DISPUTED,
                List.of(new io.newsroom.gateway.domain.Stance("st1", "minister", io.newsroom.gateway.domain.StancePosition.DISPUTES,
                        "It was not", List.of(standing), null)), null, null);
        Story story = new Story(storyId, "Talks and what became of them", null, List.of(), null, null);
        return StoryViewMapper.compose(Windows.of(new TimelineSnapshot(story, List.of(talks, meeting, visit), List.of(),
                        List.of(), List.of())),
                Windows.of(new ClaimsSnapshot(List.of(over, orphan), List.of(minister, party))), List.of(), null);
    }

    /**
     * The demo story on two pages of seven events, as the services serve a window: each page with the claims made at
     * its own events, the disputes board (in full) on both. The demo's two reviewed claims are made at events of the
     * second page here, so their reviews belong to that page alone.
     */
    private static StoryView paged(String storyId, String after) {
        TimelineSnapshot whole = DemoStory.timeline(storyId);
        List<Event> inOrder = whole.events().stream().sorted(java.util.Comparator.comparing(
                (Event e) -> ReaderDate.of(e.when()).earliest())).toList();
        boolean first = after == null;
        List<Event> events = first ? inOrder.subList(0, 7) : inOrder.subList(7, inOrder.size());
        java.util.Set<String> here = events.stream().map(Event::id).collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, String> madeAt = java.util.Map.of("claim-momentum", "isw-assessment", "claim-progress", "plan-19-points");
        List<io.newsroom.gateway.domain.Claim> claims = DemoStory.claims().claims().stream()
                .map(c -> madeAt.containsKey(c.id()) ? new io.newsroom.gateway.domain.Claim(c.id(), c.proposition(), c.claimantId(),
                        c.madeAt(), madeAt.get(c.id()), c.tags(), c.appearances(), c.status(), c.stances(), c.verdict(), c.updatedAt()) : c)
                .toList();
        io.newsroom.gateway.domain.ClaimsWindow all = Windows.of(new ClaimsSnapshot(claims, DemoStory.claims().actors()));
        io.newsroom.gateway.domain.TimelineWindow window = Windows.of(whole);
        return StoryViewMapper.compose(
                new io.newsroom.gateway.domain.TimelineWindow(whole.story(), window.coverage(), events, first ? LATER : null,
                        window.counts(), whole.relations()),
                new io.newsroom.gateway.domain.ClaimsWindow(claims.stream().filter(c -> here.contains(c.eventId())).toList(),
                        all.disputed(), all.actors(), all.counts()),
                List.of(), null);
    }

    /** Text that would run or break out of its element if the page did not escape it. */
    private static StoryView hostile(String storyId) {
        Citation trap = new Citation("javascript:alert(1)", "Outlet <b>bold</b>", "\"><script>alert(2)</script>", null, null);
        Event event = Event.builder().id("e1").title("<img src=x onerror=alert(3)>").description("A & B").kind(EventKind.OTHER)
                .when(EdtfDate.of("2025-08-15")).status(EventStatus.OCCURRED).citations(List.of(trap)).build();
        Story story = new Story(storyId, "<script>alert(4)</script>", null, List.of(), null, null);
        return StoryViewMapper.compose(Windows.of(new TimelineSnapshot(story, List.of(event), List.of(), List.of(), List.of())),
                Windows.of(new ClaimsSnapshot(List.of(), List.of())), List.of(), null);
    }
}
