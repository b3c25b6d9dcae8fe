package io.newsroom.gateway.mapping;

import static io.newsroom.gateway.mapping.Fixtures.actor;
import static io.newsroom.gateway.mapping.Fixtures.claim;
import static io.newsroom.gateway.mapping.Fixtures.date;
import static io.newsroom.gateway.mapping.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.Bias;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.Factuality;
import io.newsroom.gateway.domain.RelationType;
import io.newsroom.gateway.domain.StancePosition;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventRelation;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.TimelineSnapshot;
import io.newsroom.gateway.support.Windows;
import io.newsroom.gateway.domain.ArticleStatus;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.view.ClaimRef;
import io.newsroom.gateway.view.Coverage;
import io.newsroom.gateway.view.ReviewReason;
import io.newsroom.gateway.view.TimelineEvent;
import io.newsroom.gateway.view.StoryView;

class StoryViewMapperTest {

    private static final Story STORY = new Story("s", "Title", null, List.of(), null, Instant.parse("2025-11-20T00:00:00Z"));

    private static Article article(String id, String outletId) {
        return new Article(id, "https://x.example/" + id, outletId, id, Instant.parse("2025-11-27T00:00:00Z"), null);
    }

    private static Outlet outlet(String id, Bias bias) {
        return new Outlet(id, "Outlet " + id, id + ".example", bias, Factuality.HIGH);
    }

    /** The summary the timeline-service would send for these articles, as the view reads it. */
    private static Coverage coverageOf(List<Article> articles, List<Outlet> outlets) {
        return StoryViewMapper.coverage(Windows.of(new TimelineSnapshot(STORY, List.of(), List.of(), articles, outlets)).coverage());
    }

    @Test
    void coverageSplitsBySideAndFlagsAMissingSide() {
        Coverage c = coverageOf(
                List.of(article("a1", "o1"), article("a2", "o1"), article("a3", "o2"), article("a4", null)),
                List.of(outlet("o1", Bias.CENTER), outlet("o2", Bias.LEAN_LEFT)));
        assertEquals(4, c.articleCount());
        assertEquals(2, c.outletCount());
        assertEquals(1, c.left());
        assertEquals(2, c.center());
        assertEquals(0, c.right());
        assertEquals(1, c.unrated());
        assertTrue(c.blindspot());
        assertEquals(List.of(Bias.Side.RIGHT), c.missingSides());
        assertEquals(6, c.byBias().size());
    }

    @Test
    void balancedOrEmptyCoverageIsNoBlindspot() {
        assertFalse(coverageOf(List.of(article("a1", "o1"), article("a2", "o2")),
                List.of(outlet("o1", Bias.LEFT), outlet("o2", Bias.RIGHT))).blindspot());
        Coverage none = coverageOf(List.of(), List.of());
        assertFalse(none.blindspot());
        assertEquals(List.of(), none.missingSides());
    }

    @Test
    void composesTimelineInOrderWithClaimsAtEventsAndTheDisputesBoard() {
        Event late = event("e2", "Geneva talks", EventKind.MEETING, EventStatus.OCCURRED, date("2025-11-23", "2025-11-23T00:00:00Z", "2025-11-23T23:59:59Z"));
        Event week = event("e1", "Plan unveiled", EventKind.PROPOSAL, EventStatus.OCCURRED, date("2025-W47", "2025-11-17T00:00:00Z", "2025-11-23T23:59:59Z"));
        Event visit = event("e3", "Visit", EventKind.MEETING, EventStatus.SCHEDULED, date("2025-12-01", "2025-12-01T00:00:00Z", "2025-12-01T23:59:59Z"));
        Claim atTalks = claim("c1", "Momentum", "a1", ClaimStatus.CONTESTED, List.of(
                new Stance("s1", "a2", StancePosition.DISPUTES, "No", List.of(), null),
                new Stance("s2", "a3", StancePosition.SUPPORTS, "Yes", List.of(), null)), null);
        atTalks = new Claim(atTalks.id(), atTalks.proposition(), atTalks.claimantId(), atTalks.madeAt(), "e2", atTalks.tags(),
                atTalks.appearances(), atTalks.status(), atTalks.stances(), atTalks.verdict(), Instant.parse("2025-11-29T00:00:00Z"));
        StoryView view = StoryViewMapper.compose(
                Windows.of(new TimelineSnapshot(STORY, List.of(visit, late, week), List.of(new EventRelation("r", "e2", "e1", RelationType.PART_OF)), List.of(), List.of())),
                Windows.of(new ClaimsSnapshot(List.of(atTalks, claim("c2", "Quiet", "a1", ClaimStatus.UNCHALLENGED, List.of(), null)),
                        List.of(actor("a1", "Putin", ActorKind.PERSON), actor("a2", "ISW", ActorKind.ORGANIZATION), actor("a3", "Kremlin", ActorKind.GOVERNMENT)))),
                List.of(), null);
        assertEquals(List.of("e1", "e2", "e3"), view.timeline().stream().map(e -> e.event().id()).toList(),
                "earliest first; a week that starts earlier comes before the day inside it");
        assertTrue(view.timeline().get(2).upcoming());
        assertEquals("Momentum", view.timeline().get(1).claims().get(0).proposition());
        assertEquals("Putin", view.timeline().get(1).claims().get(0).claimant().name());
        assertEquals("e2", view.claims().stream().filter(c -> c.id().equals("c1")).findFirst().orElseThrow().eventId(),
                "a claim refers to its event by id, the event itself is on the timeline");
        assertEquals(1, view.disputes().size());
        assertEquals("ISW", view.disputes().get(0).disputers().get(0).name());
        assertEquals("Kremlin", view.disputes().get(0).supporters().get(0).name());
        assertEquals(3, view.actors().size());
        assertEquals("Plan unveiled", view.relations().get(0).toTitle());
        assertEquals(Instant.parse("2025-11-29T00:00:00Z"), view.lastUpdated());
        assertEquals(List.of(), view.degraded());
        assertEquals(3, view.counts().events());
        assertEquals(2, view.counts().claims());
        assertEquals(1, view.counts().claimsByStatus().get(ClaimStatus.CONTESTED));
        assertEquals(0, view.counts().claimsByStatus().get(ClaimStatus.SUPPORTED), "every status is counted, zeros too");
    }

    @Test
    void aMissingHalfIsNamedInDegraded() {
        StoryView noClaims = StoryViewMapper.compose(Windows.of(new TimelineSnapshot(STORY, List.of(), List.of(), List.of(), List.of())),
                null, List.of(), null);
        assertEquals(List.of("claims-service"), noClaims.degraded());
        assertEquals("Title", noClaims.story().title());
        assertNull(noClaims.counts().claims(), "claims not counted is not zero claims");
        StoryView staleClaims = StoryViewMapper.compose(Windows.of(new TimelineSnapshot(STORY, List.of(), List.of(), List.of(), List.of())),
                Windows.of(new ClaimsSnapshot(List.of(), List.of())), List.of("claims-service"), null);
        assertEquals(List.of(), staleClaims.degraded());
        assertEquals(List.of("claims-service"), staleClaims.stale());
        assertFalse(staleClaims.complete());
    }

    @Test
    void anExpectedEventWhoseDatePassedIsOverdueAndNoLongerUpcoming() {
        Event passed = event("e1", "Ministers meet", EventKind.MEETING, EventStatus.SCHEDULED,
                date("2026-11-30", "2026-11-30T00:00:00Z", "2026-11-30T23:59:59Z")).toBuilder().overdue(true).build();
        Event coming = event("e2", "Envoy visits", EventKind.MEETING, EventStatus.POSTPONED,
                date("2026-12-08", "2026-12-08T00:00:00Z", "2026-12-08T23:59:59Z"));
        Event happened = event("e3", "Talks held", EventKind.MEETING, EventStatus.OCCURRED,
                date("2026-11-20", "2026-11-20T00:00:00Z", "2026-11-20T23:59:59Z"));
        StoryView view = StoryViewMapper.compose(Windows.of(new TimelineSnapshot(STORY, List.of(passed, coming, happened),
                List.of(), List.of(), List.of())), Windows.of(new ClaimsSnapshot(List.of(), List.of())), List.of(), null);
        TimelineEvent first = view.timeline().stream().filter(t -> t.event().id().equals("e1")).findFirst().orElseThrow();
        TimelineEvent second = view.timeline().stream().filter(t -> t.event().id().equals("e2")).findFirst().orElseThrow();
        TimelineEvent third = view.timeline().stream().filter(t -> t.event().id().equals("e3")).findFirst().orElseThrow();
        assertTrue(first.overdue() && !first.upcoming(), "expected yesterday: overdue, not upcoming");
        assertTrue(second.upcoming() && !second.overdue());
        assertFalse(third.upcoming() || third.overdue(), "what happened is neither");
    }

    @Test
    void aCorrectedOrRetractedSourceIsAWarningOnTheEventAndTheClaimsCitingIt() {
        Citation retracted = new Citation("https://wire.example/r", "Wire", "Retracted report", null, "q",
                ArticleStatus.RETRACTED, "The interview did not take place.");
        Citation corrected = new Citation("https://daily.example/c", "Daily", "Corrected report", null, null,
                ArticleStatus.CORRECTED, null);
        Citation standing = new Citation("https://news.example/a", "News", "Report", null, null, ArticleStatus.PUBLISHED, null);
        Event event = event("e1", "Talks", EventKind.MEETING, EventStatus.OCCURRED,
                date("2026-11-20", "2026-11-20T00:00:00Z", "2026-11-20T23:59:59Z")).toBuilder()
                .citations(List.of(corrected, standing, retracted, retracted)).build();
        Claim appearsInRetracted = new Claim("c1", "The talks are over", "a1", null, "e1", false, List.of(), List.of(retracted),
                ClaimStatus.UNCHALLENGED, List.of(), null, null);
        Claim disputedWithCorrectedEvidence = new Claim("c2", "Nobody came", "a1", null, "e1", false, List.of(), List.of(standing),
                ClaimStatus.DISPUTED, List.of(new Stance("s1", "a2", StancePosition.DISPUTES, "They did", List.of(corrected), null)),
                null, null);
        Claim eventGone = new Claim("c3", "It was a sham", "a1", null, "gone", true, List.of(), List.of(standing),
                ClaimStatus.DISPUTED, List.of(new Stance("s2", "a2", StancePosition.DISPUTES, null, List.of(), null)), null, null);
        StoryView view = StoryViewMapper.compose(Windows.of(new TimelineSnapshot(STORY, List.of(event), List.of(), List.of(), List.of())),
                Windows.of(new ClaimsSnapshot(List.of(appearsInRetracted, disputedWithCorrectedEvidence, eventGone),
                        List.of(actor("a1", "A", ActorKind.PERSON), actor("a2", "B", ActorKind.PERSON)))), List.of(), null);

        TimelineEvent row = view.timeline().get(0);
        assertEquals(List.of(new ReviewReason(ReviewReason.ARTICLE_RETRACTED, "https://wire.example/r", "The interview did not take place.", null),
                new ReviewReason(ReviewReason.ARTICLE_CORRECTED, "https://daily.example/c", null, null)), row.warnings(),
                "one warning per changed article, retractions first; a published one is no warning");
        assertEquals(ArticleStatus.RETRACTED, row.event().citations().get(2).articleStatus(), "the citation itself says it too");

        ClaimRef atEvent = row.claims().stream().filter(c -> c.id().equals("c1")).findFirst().orElseThrow();
        assertEquals(List.of(ReviewReason.ARTICLE_RETRACTED), atEvent.warnings().stream().map(ReviewReason::reason).toList());
        ClaimRef byEvidence = row.claims().stream().filter(c -> c.id().equals("c2")).findFirst().orElseThrow();
        assertEquals(List.of(ReviewReason.ARTICLE_CORRECTED), byEvidence.warnings().stream().map(ReviewReason::reason).toList(),
                "a stance's evidence counts as much as an appearance");
        ClaimRef onTheBoard = view.disputes().stream().map(d -> d.claim()).filter(c -> c.id().equals("c3")).findFirst().orElseThrow();
        assertEquals(List.of(ReviewReason.EVENT_DELETED), onTheBoard.warnings().stream().map(ReviewReason::reason).toList());
        assertTrue(view.claims().stream().filter(c -> c.id().equals("c3")).findFirst().orElseThrow().eventDeleted());
    }
}
