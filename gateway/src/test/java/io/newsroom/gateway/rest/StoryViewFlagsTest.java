package io.newsroom.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The services' flags, as their windows and lists carry them, reach the story view, the reader page and the TimelineJS
 * export: a citation's corrected or retracted article, an overdue event, a claim whose event was deleted.
 */
@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class StoryViewFlagsTest extends StubbedServicesTest {

    private static final String RETRACTED = "https://wire.example/interview";
    private static final String NOTE = "The interview did not take place.";
    private static final String RETRACTED_CITATION = """
            "citations":[{"url":"%s","outlet":"Wire Example","title":"Minister: talks are over",
              "articleStatus":"RETRACTED","articleStatusNote":"%s"}]""".formatted(RETRACTED, NOTE);

    private String storyId;

    @BeforeEach
    void servicesWithFlags() {
        storyId = "flags-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
        // The first event cites a retracted article; the second, scheduled for a week long past, is overdue.
        String base = "/api/timeline/stories/" + storyId;
        timeline.stubFor(get(urlPathEqualTo(base + "/window")).willReturn(okJson(flagged(
                StoryStubs.windowJson(storyId, "Story " + storyId, null)))));
        timeline.stubFor(get(urlPathEqualTo(base + "/events")).willReturn(okJson(flagged(StoryStubs.eventsJson()))));
        String claimsWindow = StoryStubs.claimsWindowJson()
                .replace("\"appearances\":[{\"id\":\"a9000000-0000-4000-8000-000000000001\",\"url\":\"https://news.example/a\",\"outlet\":\"News Example\"}]",
                        "\"appearances\":[{\"id\":\"a9000000-0000-4000-8000-000000000001\",\"url\":\"" + RETRACTED
                                + "\",\"outlet\":\"Wire Example\",\"articleStatus\":\"RETRACTED\",\"articleStatusNote\":\"" + NOTE + "\"}]")
                .replace("\"eventId\":\"" + StoryStubs.EVENT_1 + "\"", "\"eventId\":\"" + StoryStubs.EVENT_1 + "\",\"eventDeleted\":true");
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/window")).willReturn(okJson(claimsWindow)));
    }

    private static String flagged(String events) {
        return events.replaceFirst("\"status\":\"OCCURRED\",\"citations\":\\[\\]", "\"status\":\"OCCURRED\"," + RETRACTED_CITATION)
                .replace("\"status\":\"SCHEDULED\",\"citations\":[]", "\"status\":\"SCHEDULED\",\"overdue\":true,\"citations\":[]");
    }

    @Test
    void theViewCarriesTheFlagsAndSaysWhyEachFactNeedsALook() {
        given().when().get("/api/stories/{id}", storyId).then().log().ifValidationFails()
                .statusCode(200)
                .body("degraded", empty())
                .body("timeline[0].event.citations[0].articleStatus", equalTo("RETRACTED"))
                .body("timeline[0].event.citations[0].articleStatusNote", equalTo(NOTE))
                .body("timeline[0].warnings.reason", contains("article-retracted"))
                .body("timeline[0].warnings[0].url", equalTo(RETRACTED))
                .body("timeline[0].claims[0].warnings.reason", contains("event-deleted", "article-retracted"))
                .body("timeline[1].event.overdue", equalTo(true))
                .body("timeline[1].overdue", equalTo(true))
                .body("timeline[1].upcoming", equalTo(false))
                .body("claims[0].eventDeleted", equalTo(true))
                .body("claims[0].appearances[0].articleStatus", equalTo("RETRACTED"))
                .body("disputes[0].claim.warnings.reason", contains("event-deleted", "article-retracted"));
    }

    @Test
    void theReaderPageSaysItBesideTheFacts() {
        given().accept("text/html").when().get("/stories/{id}", storyId).then()
                .statusCode(200)
                .body(containsString("<strong class=\"warning__label\">Source retracted.</strong> Wire Example has withdrawn "
                        + "\u201cMinister: talks are over\u201d, which this rests on. Its note: \u201c" + NOTE + "\u201d"))
                .body(containsString("<span class=\"badge badge--overdue\">Expected week of 1 December 2025 \u2014 not confirmed</span>"))
                .body(containsString("<strong class=\"warning__label\">Event removed.</strong>"));
    }

    @Test
    void theTimelineJsExportMarksTheOverdueEventAndTheRetractedSource() {
        given().when().get("/api/stories/{id}/exports/timelinejs", storyId).then()
                .statusCode(200)
                .body("events[1].display_date", equalTo("Expected Week 49 of 2025 (1 December 2025 to 7 December 2025) \u2014 not confirmed"))
                .body("events[0].text.text", containsString("<strong>Source retracted:</strong> Wire Example has withdrawn this report."));
    }
}
