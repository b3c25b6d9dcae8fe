package io.newsroom.gateway.mapping;

import static io.newsroom.gateway.mapping.Fixtures.date;
import static io.newsroom.gateway.mapping.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.domain.ArticleStatus;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.view.TimelineJsDocument;
import io.newsroom.gateway.view.TimelineJsDocument.Date;
import io.newsroom.gateway.view.TimelineJsDocument.Slide;

class TimelineJsMapperTest {

    private static Slide only(Event e) {
        return TimelineJsMapper.slide(e).orElseThrow();
    }

    @Test
    void yearIsCutToTheYear() {
        Slide s = only(event("e1", "Crimea annexed", EventKind.MILITARY, EventStatus.OCCURRED, date("2014", "2014-01-01T00:00:00Z", "2014-12-31T23:59:59Z")));
        assertEquals(new Date(2014, null, null, null, null), s.startDate());
        assertNull(s.endDate());
        assertNull(s.displayDate(), "a plain past year needs no display date");
    }

    @Test
    void monthAndDayAndMinuteKeepOnlyTheirParts() {
        assertEquals(new Date(2025, 8, null, null, null),
                only(event("m", "M", EventKind.OTHER, EventStatus.OCCURRED, date("2025-08", "2025-08-01T00:00:00Z", "2025-08-31T23:59:59Z"))).startDate());
        assertEquals(new Date(2025, 8, 15, null, null),
                only(event("d", "D", EventKind.MEETING, EventStatus.OCCURRED, date("2025-08-15", "2025-08-15T00:00:00Z", "2025-08-15T23:59:59Z"))).startDate());
        assertEquals(new Date(2025, 11, 27, 10, 5),
                only(event("t", "T", EventKind.STATEMENT, EventStatus.OCCURRED, date("2025-11-27T10:05Z", "2025-11-27T10:05:00Z", "2025-11-27T10:05:59Z"))).startDate());
    }

    @Test
    void weekIsAMondayToSundaySpanWithADisplayDate() {
        Slide s = only(event("w", "Plan unveiled", EventKind.PROPOSAL, EventStatus.OCCURRED, date("2025-W47", "2025-11-17T00:00:00Z", "2025-11-23T23:59:59Z")));
        assertEquals(new Date(2025, 11, 17, null, null), s.startDate());
        assertEquals(new Date(2025, 11, 23, null, null), s.endDate());
        assertEquals("Week 47 of 2025 (17 November 2025 to 23 November 2025)", s.displayDate());
    }

    @Test
    void scheduledAndApproximateEventsSayHowTheirDateReads() {
        Slide scheduled = only(event("s", "Visit", EventKind.MEETING, EventStatus.SCHEDULED, date("2025-12-01", "2025-12-01T00:00:00Z", "2025-12-01T23:59:59Z")));
        assertEquals("Scheduled: 1 December 2025", scheduled.displayDate());
        Slide approximate = only(event("a", "Talks", EventKind.MEETING, EventStatus.OCCURRED, date("2025-08~", "2025-08-01T00:00:00Z", "2025-08-31T23:59:59Z")));
        assertEquals("About August 2025", approximate.displayDate());
        assertEquals(new Date(2025, 8, null, null, null), approximate.startDate());
    }

    @Test
    void intervalHasAnEndDateAndAnExplicitEndWins() {
        Slide interval = only(event("i", "Talks", EventKind.MEETING, EventStatus.OCCURRED, date("2025-11-20/2025-11-23", "2025-11-20T00:00:00Z", "2025-11-23T23:59:59Z")));
        assertEquals(new Date(2025, 11, 20, null, null), interval.startDate());
        assertEquals(new Date(2025, 11, 23, null, null), interval.endDate());
        Event base = event("x", "Offensive", EventKind.MILITARY, EventStatus.OCCURRED, date("2025-09", "2025-09-01T00:00:00Z", "2025-09-30T23:59:59Z"));
        Event withEnd = base.toBuilder().end(EdtfDate.of("2025-10-15")).build();
        assertEquals(new Date(2025, 10, 15, null, null), only(withEnd).endDate());
    }

    @Test
    void weekIsNeverExportedAsADay() {
        // Without the services' bounds the date is read from its text by the shared rules.
        Slide s = only(event("w", "Visit", EventKind.MEETING, EventStatus.OCCURRED, EdtfDate.of("2025-W48")));
        assertEquals(new Date(2025, 11, 24, null, null), s.startDate());
        assertEquals(new Date(2025, 11, 30, null, null), s.endDate(), "a week is its Monday-to-Sunday span, not a day");
        assertTrue(s.displayDate().startsWith("Week 48 of 2025"));
    }

    @Test
    void intervalEndsAreCutToTheirOwnPrecisionAndTheEndIsUsed() {
        Slide s = only(event("i", "Offensive", EventKind.MILITARY, EventStatus.OCCURRED, EdtfDate.of("2025-09/2025-11-03")));
        assertEquals(new Date(2025, 9, null, null, null), s.startDate(), "a month start has no day");
        assertEquals(new Date(2025, 11, 3, null, null), s.endDate(), "the interval's end, not its start");
        Slide years = only(event("y", "War", EventKind.MILITARY, EventStatus.OCCURRED, EdtfDate.of("2014/2022")));
        assertEquals(new Date(2022, null, null, null, null), years.endDate());
    }

    @Test
    void documentHasTitleSlideEventsInOrderGroupsByKindAndEscapesHtml() throws Exception {
        Story story = new Story("s", "Peace <plan>", "Summary & more", List.of(), null, null);
        TimelineJsDocument doc = TimelineJsMapper.toTimelineJs(story, List.of(
                event("b", "Second", EventKind.MEETING, EventStatus.OCCURRED, date("2025-08-15", "2025-08-15T00:00:00Z", "2025-08-15T23:59:59Z")),
                event("a", "First", EventKind.MILITARY, EventStatus.OCCURRED, date("2014", "2014-01-01T00:00:00Z", "2014-12-31T23:59:59Z")),
                event("z", "Unreadable", EventKind.OTHER, EventStatus.OCCURRED, EdtfDate.of("someday"))));
        assertEquals(List.of("a", "b"), doc.events().stream().map(Slide::uniqueId).toList(), "unreadable dates are left out");
        assertEquals(EventKind.MILITARY, doc.events().get(0).group());
        assertEquals("Peace &lt;plan&gt;", doc.title().text().headline());

        JsonNode json = new ObjectMapper().valueToTree(doc);
        JsonNode first = json.get("events").get(0);
        assertTrue(first.has("start_date") && first.has("unique_id") && first.has("text") && first.has("group"));
        assertTrue(first.get("start_date").has("year"));
        assertTrue(!first.get("start_date").has("month"), "a year has no month in TimelineJS");
        assertTrue(json.get("title").get("text").has("headline"));
        assertTrue(first.get("text").get("text").asText().contains("<a href=\"https://news.example/a\">News Example</a>"));
    }

    @Test
    void aCancelledEventKeepsItsMarkerAndSaysItWasCancelled() {
        Slide s = only(event("c", "Summit in Budapest", EventKind.MEETING, EventStatus.CANCELLED,
                date("2025-10-30", "2025-10-30T00:00:00Z", "2025-10-30T23:59:59Z")));
        assertEquals(new Date(2025, 10, 30, null, null), s.startDate());
        assertEquals("Cancelled, was to be 30 October 2025", s.displayDate());
        assertEquals("Summit in Budapest", s.text().headline());
        assertTrue(s.text().text().startsWith("<p><strong>Cancelled:</strong>"), s.text().text());
        assertEquals(EventKind.MEETING, s.group(), "it stays on its kind's row, where it was expected");
    }

    @Test
    void theDisplayDateRunsToASeparateEnd() {
        Event scheduled = event("s", "Visit", EventKind.MEETING, EventStatus.SCHEDULED, date("2025-12-01", "2025-12-01T00:00:00Z", "2025-12-01T23:59:59Z"))
                .toBuilder().end(EdtfDate.of("2025-12-03")).build();
        Slide s = only(scheduled);
        assertEquals(new Date(2025, 12, 3, null, null), s.endDate());
        assertEquals("Scheduled: 1 December 2025 to 3 December 2025", s.displayDate());
        Event approximateEnd = event("o", "Offensive", EventKind.MILITARY, EventStatus.OCCURRED, date("2025-09", "2025-09-01T00:00:00Z", "2025-09-30T23:59:59Z"))
                .toBuilder().end(EdtfDate.of("2025-10~")).build();
        assertEquals("About September 2025 to October 2025", only(approximateEnd).displayDate());
    }

    @Test
    void anOverdueEventIsExpectedAndNotConfirmedNeitherScheduledNorDone() {
        Event overdue = event("o", "Ministers meet", EventKind.MEETING, EventStatus.SCHEDULED,
                date("2026-11-30", "2026-11-30T00:00:00Z", "2026-11-30T23:59:59Z")).toBuilder().overdue(true).build();
        Slide s = only(overdue);
        assertEquals(new Date(2026, 11, 30, null, null), s.startDate(), "kept where it was expected");
        assertEquals("Expected 30 November 2026 \u2014 not confirmed", s.displayDate());
        assertTrue(s.text().text().startsWith("<p><strong>Not confirmed:</strong>"), s.text().text());
        Event postponed = overdue.toBuilder().status(EventStatus.POSTPONED).end(EdtfDate.of("2026-12-01")).build();
        assertEquals("Expected 30 November 2026 to 1 December 2026 \u2014 not confirmed", only(postponed).displayDate());
        Event stillComing = overdue.toBuilder().overdue(false).build();
        assertEquals("Scheduled: 30 November 2026", only(stillComing).displayDate());
    }

    @Test
    void aRetractedOrCorrectedSourceIsSaidOnTheSlide() {
        Event e = event("r", "Talks end", EventKind.MEETING, EventStatus.OCCURRED,
                date("2026-11-20", "2026-11-20T00:00:00Z", "2026-11-20T23:59:59Z")).toBuilder()
                .citations(List.of(new Citation("https://wire.example/r", "Wire <Example>", "Report", null, null,
                                ArticleStatus.RETRACTED, "The interview \"never\" happened."),
                        new Citation("https://daily.example/c", "Daily", "Report", null, null, ArticleStatus.CORRECTED, null),
                        new Citation("https://news.example/a", "News", "Report", null, null)))
                .build();
        String text = only(e).text().text();
        assertTrue(text.contains("<p><strong>Source retracted:</strong> Wire &lt;Example&gt; has withdrawn this report. "
                + "Its note: \u201cThe interview &quot;never&quot; happened.\u201d</p>"), text);
        assertTrue(text.contains("<p><strong>Source corrected:</strong> Daily has corrected this report.</p>"), text);
        assertTrue(text.contains("Wire &lt;Example&gt;</a> (retracted)") && text.contains("Daily</a> (corrected)")
                && text.contains("News</a></p>"), text);
    }

    /**
     * The story of 2014 to late 2025 opens on its latest event that has begun, zoomed so a screen shows eight weeks;
     * the slide is counted as the viewer counts, by start date alone (the week and the day starting on 24 November
     * are in document order) after the title slide.
     */
    @Test
    void theViewerOpensOnTheLatestEventThatHasBegunWithEightWeeksToAScreen() {
        TimelineJsDocument doc = TimelineJsMapper.toTimelineJs(new Story("s", "Peace plan", null, List.of(), null, null), List.of(
                event("crimea", "Crimea", EventKind.MILITARY, EventStatus.OCCURRED, date("2014", "2014-01-01T00:00:00Z", "2014-12-31T23:59:59Z")),
                event("plan", "Plan", EventKind.PROPOSAL, EventStatus.OCCURRED, date("2025-W48", "2025-11-24T00:00:00Z", "2025-11-30T23:59:59Z")),
                event("talks", "Talks", EventKind.MEETING, EventStatus.OCCURRED, date("2025-11-24", "2025-11-24T00:00:00Z", "2025-11-24T23:59:59Z")),
                event("visit", "Visit", EventKind.MEETING, EventStatus.SCHEDULED, date("2025-12-10", "2025-12-10T00:00:00Z", "2025-12-10T23:59:59Z"))));
        TimelineJsMapper.Opening opening = TimelineJsMapper.opening(doc, java.time.Instant.parse("2025-12-01T12:00:00Z"));
        assertEquals(3, opening.startAtSlide(), "title 0, Crimea 1, the week 2, the talks 3 (the visit is yet to come)");
        double span = java.time.Duration.between(java.time.Instant.parse("2014-01-01T00:00:00Z"),
                java.time.Instant.parse("2025-12-10T00:00:00Z")).toDays();
        assertEquals(Math.round(span / 56 * 10) / 10.0, opening.scaleFactor(), "the story's span over eight weeks");

        assertEquals(4, TimelineJsMapper.opening(doc, java.time.Instant.parse("2026-01-01T00:00:00Z")).startAtSlide(),
                "once the visit's day has come, it is the latest");
        assertEquals(1, TimelineJsMapper.opening(doc, java.time.Instant.parse("2013-06-01T00:00:00Z")).startAtSlide(),
                "before anything has begun, the first event");

        JsonNode options = new ObjectMapper().valueToTree(opening);
        assertEquals(3, options.get("start_at_slide").asInt(), "named as the viewer's options are");
        assertTrue(options.has("scale_factor"));
    }

    @Test
    void aStoryOfAFewWeeksKeepsTheViewersZoomAndAStoryWithoutEventsOpensOnItsTitle() {
        Story story = new Story("s", "Short", null, List.of(), null, null);
        TimelineJsDocument weeks = TimelineJsMapper.toTimelineJs(story, List.of(
                event("a", "A", EventKind.MEETING, EventStatus.OCCURRED, date("2025-11-03", "2025-11-03T00:00:00Z", "2025-11-03T23:59:59Z")),
                event("b", "B", EventKind.MEETING, EventStatus.OCCURRED, date("2025-11-24", "2025-11-24T00:00:00Z", "2025-11-24T23:59:59Z"))));
        assertEquals(new TimelineJsMapper.Opening(2, 2.0), TimelineJsMapper.opening(weeks, java.time.Instant.parse("2025-12-01T00:00:00Z")));
        assertEquals(new TimelineJsMapper.Opening(0, 2.0),
                TimelineJsMapper.opening(TimelineJsMapper.toTimelineJs(story, List.of()), java.time.Instant.parse("2025-12-01T00:00:00Z")));
    }
}
