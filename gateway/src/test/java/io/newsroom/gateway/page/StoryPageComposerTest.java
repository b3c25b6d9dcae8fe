package io.newsroom.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.Bias;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.view.ActorRef;
import io.newsroom.gateway.view.BiasShare;
import io.newsroom.gateway.view.ClaimRef;
import io.newsroom.gateway.view.Coverage;
import io.newsroom.gateway.view.CoverageOutlet;
import io.newsroom.gateway.view.Dispute;
import io.newsroom.gateway.view.StoryView;
import io.newsroom.gateway.view.TimelineEvent;

class StoryPageComposerTest {

    private static TimelineEvent event(String id, String title, EdtfDate when, EventStatus status, boolean upcoming,
            List<Citation> citations, List<ClaimRef> claims) {
        Event event = Event.builder().id(id).title(title).kind(EventKind.MEETING).when(when).participants(null).status(status)
                .citations(citations).build();
        return new TimelineEvent(event, upcoming, false, List.of(), claims);
    }

    private static StoryView view(List<TimelineEvent> events, List<Dispute> disputes, Coverage coverage, List<String> degraded) {
        return new StoryView(new Story("s", "A story", null, List.of(), null, null), coverage, events, List.of(), List.of(),
                disputes, List.of(), null, null, null, degraded, List.of(), null);
    }

    @Test
    void aViewWithEveryPartMissingStillMakesAPage() {
        StoryView hollow = new StoryView(null, null, null, null, null, null, null, null, null, null, null, null, null);
        StoryPage page = StoryPageComposer.compose(hollow);
        assertEquals("Story \u201c\u201d", page.title());
        assertTrue(page.events().isEmpty());
        assertTrue(page.disputes().isEmpty());
        assertFalse(page.axis().drawn());
        assertNotNull(page.coverage());
        assertTrue(page.coverage().empty());
        assertFalse(page.degraded());

        StoryView nullsInside = new StoryView(new Story("s", null, null, null, null, null),
                new Coverage(0, 0, null, 0, 0, 0, 0, false, null, Arrays.asList((CoverageOutlet) null)),
                Arrays.asList(null, event(null, null, null, null, false, null, Arrays.asList((ClaimRef) null))),
                Arrays.asList((io.newsroom.gateway.view.RelationView) null), Arrays.asList((io.newsroom.gateway.domain.Claim) null),
                Arrays.asList(new Dispute(null, null, null)), null, null, null, null, List.of(), List.of(), null);
        StoryPage inside = StoryPageComposer.compose(nullsInside);
        assertEquals(1, inside.events().size());
        StoryPage.EventRow row = inside.events().get(0);
        assertEquals("Untitled event", row.title());
        assertEquals("date not known", row.date());
        assertNull(row.markStyle(), "an event without a date is listed, not drawn");
        assertEquals("event-1", row.anchor());
        assertEquals("claim-1", inside.disputes().get(0).anchor());
        assertEquals("an unknown actor", inside.disputes().get(0).claimant());
    }

    @Test
    void namesTheMissingHalf() {
        StoryPage claimsDown = StoryPageComposer.compose(view(List.of(), List.of(), null, List.of("claims-service")));
        assertTrue(claimsDown.claimsMissing());
        assertFalse(claimsDown.timelineMissing());
        assertEquals(List.of("the claims and who disputes them (the claims service did not answer)"), claimsDown.degradedNotes());

        StoryPage timelineDown = StoryPageComposer.compose(view(List.of(), List.of(), null, List.of("timeline-service")));
        assertTrue(timelineDown.timelineMissing());
        assertNull(timelineDown.coverage(), "no coverage is claimed when its service did not answer");
    }

    @Test
    void putsEventsInTimeOrderAndMarksUpcomingOnes() {
        TimelineEvent later = event("b", "Visit", EdtfDate.of("2025-W49"), EventStatus.SCHEDULED, true, List.of(), List.of());
        TimelineEvent earlier = event("a", "Summit", EdtfDate.of("2025-08-15"), EventStatus.OCCURRED, false, List.of(), List.of());
        TimelineEvent undated = event("c", "Undated", null, EventStatus.OCCURRED, false, List.of(), List.of());
        StoryPage page = StoryPageComposer.compose(view(List.of(undated, later, earlier), List.of(), null, List.of()));
        assertEquals(List.of("Summit", "Visit", "Undated"), page.events().stream().map(StoryPage.EventRow::title).toList());
        StoryPage.EventRow visit = page.events().get(1);
        assertTrue(visit.upcoming());
        assertEquals("Upcoming: scheduled", visit.status());
        assertTrue(visit.markClasses().contains("mark--upcoming"));
        assertTrue(visit.markClasses().contains("mark--span"));
        assertNull(page.events().get(0).status(), "an event that happened needs no label");
        assertTrue(page.events().get(0).markClasses().contains("mark--point"));
    }

    @Test
    void saysWhoDisputesAClaimBesideItsEvent() {
        ActorRef kyiv = new ActorRef("k", "Government of Ukraine", ActorKind.GOVERNMENT);
        ActorRef europe = new ActorRef("e", "European officials", ActorKind.GROUP);
        ActorRef analysts = new ActorRef("a", "Western analysts", ActorKind.GROUP);
        ActorRef putin = new ActorRef("p", "Putin", ActorKind.PERSON);
        ActorRef officials = new ActorRef("o", "Officials", ActorKind.GROUP);
        TimelineEvent remarks = event("r", "Remarks", EdtfDate.of("2025-11-27"), EventStatus.OCCURRED, false, List.of(),
                List.of(new ClaimRef("c3", "Talks may start", putin, ClaimStatus.UNCHALLENGED),
                        new ClaimRef("c1", "Troops must leave", putin, ClaimStatus.DISPUTED),
                        new ClaimRef("c2", "Victory is near", officials, ClaimStatus.CONTESTED)));
        List<Dispute> disputes = List.of(
                new Dispute(remarks.claims().get(1), List.of(), List.of(kyiv, europe)),
                new Dispute(remarks.claims().get(2), List.of(analysts), List.of(kyiv)));
        StoryPage page = StoryPageComposer.compose(view(List.of(remarks), disputes, null, List.of()));
        List<StoryPage.ClaimAtEvent> claims = page.events().get(0).claims();
        assertEquals(List.of("Troops must leave", "Victory is near", "Talks may start"),
                claims.stream().map(StoryPage.ClaimAtEvent::proposition).toList(), "disputed claims first");
        assertEquals(" by Government of Ukraine and European officials", claims.get(0).disputeNote());
        assertEquals("Disputed", claims.get(0).status());
        assertEquals("claim-c1", claims.get(0).disputeAnchor());
        assertEquals(": disputed by Government of Ukraine, backed by Western analysts", claims.get(1).disputeNote());
        assertNull(claims.get(2).disputeNote());
        assertEquals("Government of Ukraine", page.disputes().get(0).disputes().get(0).actor(),
                "without the claim's stances, the board still names who disputes it");
    }

    @Test
    void linksOnlyToTheWeb() {
        assertNull(StoryPageComposer.safeUrl("javascript:alert(1)"));
        assertNull(StoryPageComposer.safeUrl("data:text/html,hi"));
        assertNull(StoryPageComposer.safeUrl("not a url"));
        assertEquals("https://news.example/a", StoryPageComposer.safeUrl("https://news.example/a"));
        TimelineEvent e = event("x", "X", EdtfDate.of("2025"), EventStatus.OCCURRED, false,
                List.of(new Citation("javascript:alert(1)", "Evil", null, null, null)), List.of());
        StoryPage.SourceLink link = StoryPageComposer.compose(view(List.of(e), List.of(), null, List.of())).events().get(0)
                .sources().get(0);
        assertNull(link.url());
        assertEquals("Evil", link.outlet());
    }

    @Test
    void sizesTheBiasBarByShareAndFlagsTheBlindspot() {
        Coverage coverage = new Coverage(4, 3, List.of(new BiasShare(Bias.LEAN_LEFT, 1, 1), new BiasShare(Bias.CENTER, 3, 2)), 1, 3, 0, 0,
                true, List.of(Bias.Side.RIGHT), List.of(new CoverageOutlet("o1", "A", "a.example", Bias.CENTER, 3)));
        StoryPage.CoverageView c = StoryPageComposer.compose(view(List.of(), List.of(), coverage, List.of())).coverage();
        assertEquals("4 articles from 3 outlets.", c.totals());
        assertEquals(List.of("left", "center"), c.segments().stream().map(StoryPage.BiasSegment::side).toList());
        assertEquals("width:25.00%", c.segments().get(0).style());
        assertEquals("width:75.00%", c.segments().get(1).style());
        assertEquals("Coverage by outlet bias: left 1 article (25%), center 3 articles (75%), right none", c.barLabel());
        assertEquals("No outlet rated right-leaning covered this story.", c.blindspot());
        assertEquals("3 articles", c.outlets().get(0).articles());
        assertEquals("Center", c.outlets().get(0).bias());
    }
}
