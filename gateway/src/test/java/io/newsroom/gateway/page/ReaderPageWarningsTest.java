package io.newsroom.gateway.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What a reader must know before trusting a fact is on the page beside it, in words, with no script: a source
 * retracted or corrected since (with the outlet's note), an event gone from under a claim, and an expected event
 * whose date passed with nothing recorded ("expected ... — not confirmed", never "upcoming").
 */
@QuarkusTest
@TestProfile(ReaderPageProfile.class)
class ReaderPageWarningsTest {

    private String html;

    @BeforeEach
    void readThePage() {
        html = given().accept("text/html").when().get("/stories/{id}", DemoStoryViewService.CORRECTED).then()
                .statusCode(200).extract().asString();
    }

    /** The markup of the element with this id, up to its own closing tag (elements of its kind nest in it). */
    private String element(String tag, String id) {
        int at = html.indexOf(" id=\"" + id + "\"");
        assertTrue(at >= 0, "an element with id " + id);
        int open = html.lastIndexOf("<" + tag, at);
        int depth = 0;
        for (int i = open; i < html.length(); i++) {
            if (html.startsWith("<" + tag + " ", i) || html.startsWith("<" + tag + ">", i)) {
                depth++;
            } else if (html.startsWith("</" + tag + ">", i) && --depth == 0) {
                return html.substring(open, i);
            }
        }
        throw new AssertionError("element " + id + " is not closed");
    }

    @Test
    void aRetractedSourceIsSaidBesideTheEventWithTheOutletsNote() {
        String talks = element("li", "event-talks");
        assertTrue(talks.contains("<p class=\"warning warning--retracted\" role=\"note\"><strong class=\"warning__label\">"
                + "Source retracted.</strong> Wire Example has withdrawn \u201cMinister: talks are over\u201d, which this rests on. "
                + "Its note: \u201c" + DemoStoryViewService.RETRACTION_NOTE + "\u201d</p>"), talks);
        assertTrue(talks.contains("<p class=\"warning warning--corrected\" role=\"note\"><strong class=\"warning__label\">"
                + "Source corrected.</strong> Daily Example has corrected \u201cTalks move to Geneva\u201d since it was cited here. "
                + "Its note: \u201c" + DemoStoryViewService.CORRECTION_NOTE + "\u201d</p>"), talks);
        // The warning comes first, right under the headline: it is read before what rests on the source.
        assertTrue(talks.indexOf("warning--retracted") < talks.indexOf("warning--corrected"), "retractions first");
        assertTrue(talks.indexOf("</h3>") < talks.indexOf("warning--retracted")
                && talks.indexOf("warning--corrected") < talks.indexOf("event__sources"), talks);
        assertTrue(talks.contains(">Wire Example</a> <span class=\"source-flag\">(retracted)</span>"), talks);
        assertTrue(talks.contains(">Daily Example</a> <span class=\"source-flag\">(corrected)</span>"), talks);
        assertTrue(talks.contains(">News Example</a>, ") || talks.contains(">News Example</a></p>"), talks);
        assertFalse(talks.contains(">News Example</a> <span class=\"source-flag\">"), "a source that stands is not flagged");
    }

    @Test
    void aClaimRestingOnARetractedReportSaysSoWhereverItIsShown() {
        String talks = element("li", "event-talks");
        int claim = talks.indexOf("<q>The talks are over</q>");
        assertTrue(claim >= 0, talks);
        assertTrue(talks.indexOf("Wire Example has withdrawn", claim) > claim, "the claim at the event carries the warning");
        String other = element("li", "claim-over");
        assertTrue(other.contains("warning--retracted") && other.contains(DemoStoryViewService.RETRACTION_NOTE), other);
    }

    @Test
    void aClaimWhoseEventWasDeletedSaysTheEventIsGone() {
        String dispute = element("li", "claim-orphan");
        assertTrue(dispute.contains("<p class=\"warning warning--event-deleted\" role=\"note\"><strong class=\"warning__label\">"
                + "Event removed.</strong> The event this claim was made at has been taken off the timeline; the claim "
                + "stands as it was recorded.</p>"), dispute);
        assertTrue(dispute.contains("The vote was rigged"), "the claim keeps its text");
    }

    @Test
    void anOverdueEventIsExpectedAndNotConfirmedNeverUpcoming() {
        String meeting = element("li", "event-meeting");
        assertTrue(meeting.startsWith("<li class=\"row event event--overdue\""), meeting);
        assertTrue(meeting.contains("<span class=\"badge badge--overdue\">Expected 30 November 2026 \u2014 not confirmed</span>"),
                meeting);
        assertTrue(meeting.contains("mark--overdue") && !meeting.contains("mark--upcoming"), meeting);
        assertFalse(meeting.contains("Upcoming"), meeting);
        String visit = element("li", "event-visit");
        assertTrue(visit.contains("<span class=\"badge badge--upcoming\">Upcoming: scheduled</span>"), "next week's is upcoming");
        assertTrue(html.contains("dotted ones were expected by now, but nobody has confirmed they happened"),
                "the caption says what the dotted outline means");
    }
}
