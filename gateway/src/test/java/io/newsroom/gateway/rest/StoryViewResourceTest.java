package io.newsroom.gateway.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class StoryViewResourceTest extends StubbedServicesTest {

    private String storyId;

    /** A cold JVM takes seconds over its first view; that must not eat the first test's time budget. */
    private static boolean warm;

    @BeforeEach
    void healthyServices() {
        storyId = "story-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
        // Warmed on a story of its own: a view of this test's story would be kept and change what the test sees.
        String warmUp = "warm-up-" + storyId;
        if (!warm) {
            StoryStubs.healthyTimeline(timeline, warmUp);
            StoryStubs.healthyClaims(claims, warmUp);
        }
        for (int attempt = 0; !warm && attempt < 10; attempt++) {
            io.restassured.response.Response first = given().when().get("/api/stories/{id}", warmUp);
            warm = first.statusCode() == 200 && first.jsonPath().getList("degraded").isEmpty();
        }
        breakers.resetAll();
        timeline.resetRequests();
        claims.resetRequests();
    }

    private io.restassured.response.ValidatableResponse view() {
        return given().when().get("/api/stories/{id}", storyId).then();
    }

    @Test
    void composesBothServices() {
        var view = view().statusCode(200)
                .header("ETag", notNullValue())
                .body("story.id", equalTo(storyId))
                .body("timeline", hasSize(2))
                .body("timeline[0].event.title", equalTo("Summit"))
                .body("timeline[0].claims[0].proposition", equalTo("The summit was a success"))
                .body("timeline[0].claims[0].claimant.name", equalTo("Claimant"))
                .body("timeline[1].upcoming", equalTo(true))
                .body("claims[0].status", equalTo("DISPUTED"))
                .body("claims[0].verdict.rating", equalTo("MOSTLY_FALSE"))
                .body("claims[0].stances[0].actorId", equalTo(StoryStubs.ACTOR_DISPUTER))
                .body("actors.find { it.actor.id == '%s' }.actor.name".formatted(StoryStubs.ACTOR_DISPUTER), equalTo("Think Tank"))
                .body("disputes[0].disputers[0].name", equalTo("Think Tank"))
                .body("actors", hasSize(2))
                .body("coverage.articleCount", equalTo(1))
                .body("coverage.center", equalTo(1))
                .body("coverage.blindspot", equalTo(true))
                .body("coverage.missingSides", contains("LEFT", "RIGHT"))
                .body("coverage.outlets[0].name", equalTo("News Example"))
                .body("counts.events", equalTo(2))
                .body("counts.claims", equalTo(1))
                .body("counts.claimsByStatus.DISPUTED", equalTo(1))
                .body("nextCursor", nullValue())
                .header("Link", nullValue())
                .body("lastUpdated", equalTo("2025-11-28T10:00:00Z"))
                .body("degraded", empty())
                .body("stale", empty()).extract().response();
        assertConforms("getStoryView", view);
        // Each service once per view, the claims asked for exactly the page's events.
        assertEquals(1, timeline.getAllServeEvents().size());
        assertEquals(1, claims.getAllServeEvents().size());
        claims.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/claims/stories/" + storyId + "/window"))
                .withQueryParam("eventId", WireMock.havingExactly(StoryStubs.EVENT_1, StoryStubs.EVENT_2)));
    }

    @Test
    void aRepeatedViewAsksBothServicesAtOnceWhetherWhatItHoldsStillHolds() {
        String timelineWindow = "/api/timeline/stories/" + storyId + "/window";
        String claimsWindow = "/api/claims/stories/" + storyId + "/window";
        StoryStubs.taggedWindows(timeline, claims, storyId);

        String first = view().statusCode(200).extract().asString();
        timeline.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo(timelineWindow)).withoutHeader("If-None-Match"));
        timeline.resetRequests();
        claims.resetRequests();

        // Both unchanged: both answer 304, and the view is the same, fresh and complete.
        String second = view().statusCode(200).body("degraded", empty()).body("stale", empty()).extract().asString();
        assertEquals(first, second);
        timeline.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(timelineWindow))
                .withHeader("If-None-Match", WireMock.equalTo("W/\"3.1\"")));
        claims.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(claimsWindow))
                .withHeader("If-None-Match", WireMock.equalTo("W/\"8.2\""))
                .withQueryParam("eventId", WireMock.havingExactly(StoryStubs.EVENT_1, StoryStubs.EVENT_2)));

        // The claims changed: the view shows the new window, and holds it under its new tag.
        claims.stubFor(WireMock.get(WireMock.urlPathEqualTo(claimsWindow)).atPriority(1)
                .withHeader("If-None-Match", WireMock.equalTo("W/\"8.2\""))
                .willReturn(WireMock.okJson(StoryStubs.claimsWindowJson().replace("The summit was a success", "The summit failed"))
                        .withHeader("ETag", "W/\"9.2\"")));
        view().statusCode(200).body("timeline[0].claims[0].proposition", equalTo("The summit failed"));
        claims.resetRequests();
        view().statusCode(200).body("degraded", empty());
        claims.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo(claimsWindow))
                .withHeader("If-None-Match", WireMock.equalTo("W/\"9.2\"")));
    }

    @Test
    void aPageThatChangedHasItsOwnEventsClaimsAskedFor() throws Exception {
        String timelineWindow = "/api/timeline/stories/" + storyId + "/window";
        view().statusCode(200);
        // The page now holds only the second event: the claims asked for at once were the old page's, so they are
        // asked for again, for this page's events.
        com.fasterxml.jackson.databind.node.ObjectNode window = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(StoryStubs.windowJson(storyId, "Story " + storyId, null));
        ((com.fasterxml.jackson.databind.node.ArrayNode) window.get("events")).remove(0);
        String secondOnly = window.toString();
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo(timelineWindow)).atPriority(1)
                .willReturn(WireMock.okJson(secondOnly)));
        claims.resetRequests();
        view().statusCode(200).body("timeline", hasSize(1)).body("degraded", empty());
        claims.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/claims/stories/" + storyId + "/window"))
                .withQueryParam("eventId", WireMock.havingExactly(StoryStubs.EVENT_1, StoryStubs.EVENT_2)));
        claims.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/claims/stories/" + storyId + "/window"))
                .withQueryParam("eventId", WireMock.havingExactly(StoryStubs.EVENT_2)));
    }

    @Test
    void pagesOnWithTheTimelinesCursor() {
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(WireMock.okJson(StoryStubs.windowJson(storyId, "Story " + storyId, "c2"))));
        given().queryParam("limit", 7).when().get("/api/stories/{id}", storyId).then().statusCode(200)
                .body("nextCursor", equalTo("c2"))
                .header("Link", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("after=c2"),
                        org.hamcrest.Matchers.containsString("limit=7"), org.hamcrest.Matchers.containsString("rel=\"next\"")));
        timeline.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window"))
                .withQueryParam("limit", WireMock.equalTo("7")));
    }

    @Test
    void aPageSizeBeyondTheMaximumIsAProblemNamingLimit() {
        given().queryParam("limit", 201).when().get("/api/stories/{id}", storyId).then()
                .statusCode(422).body("errors[0].field", equalTo("limit"));
        assertEquals(0, timeline.getAllServeEvents().size(), "checked before any service is asked");
    }

    @Test
    void aCursorTheTimelineRefusesIsAProblemNamingAfter() {
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(WireMock.aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"title\":\"Bad request\"}")));
        given().queryParam("after", "not-a-cursor").when().get("/api/stories/{id}", storyId).then()
                .statusCode(422).body("errors[0].field", equalTo("after"));
    }

    @Test
    void claimsFailingAfterAGoodViewAreServedFromItMarkedStale() {
        view().statusCode(200).body("stale", empty());
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.serverError());
        view().statusCode(200)
                .header("ETag", nullValue())
                .header("Cache-Control", equalTo("no-store"))
                .body("degraded", empty())
                .body("stale", contains("claims-service"))
                .body("timeline[0].claims[0].proposition", equalTo("The summit was a success"));
    }

    @Test
    void timelineFailingAfterAGoodViewIsServedFromItMarkedStale() {
        view().statusCode(200);
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        view().statusCode(200).body("stale", contains("timeline-service")).body("timeline", hasSize(2));
    }

    @Test
    void unknownStoryIs404Problem() {
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(WireMock.aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        view().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()))
                .body("instance", equalTo("/api/stories/" + storyId));
    }

    @Test
    void unknownStoriesDoNotTripTheBreaker() {
        timeline.stubFor(WireMock.get(WireMock.urlPathMatching("/api/timeline/stories/" + storyId + ".*")).atPriority(1)
                .willReturn(WireMock.aResponse().withStatus(404)));
        for (int i = 0; i < 8; i++) {
            view().statusCode(404);
        }
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("timeline-service"));
    }

    @Test
    void etagAnswers304WhenNothingChanged() {
        String etag = view().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/stories/{id}", storyId).then()
                .statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"stale\"").when().get("/api/stories/{id}", storyId).then().statusCode(200);
    }

    @Test
    void etagChangesWhenAServiceChanges() {
        String before = view().statusCode(200).extract().header("ETag");
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(WireMock.okJson(StoryStubs.windowJson(storyId, "Retitled", null))));
        given().header("If-None-Match", before).when().get("/api/stories/{id}", storyId).then()
                .statusCode(200).header("ETag", not(equalTo(before))).body("story.title", equalTo("Retitled"));
    }

    @Test
    void slowClaimsLeaveTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.slow());
        assertConforms("getStoryView", view().statusCode(200)
                .header("ETag", nullValue())
                .header("Cache-Control", equalTo("no-store"))
                .body("degraded", contains("claims-service"))
                .body("timeline", hasSize(2))
                .body("claims", empty()).extract().response());
    }

    @Test
    void claimsDownLeavesTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        view().statusCode(200).body("degraded", contains("claims-service")).body("story.title", equalTo("Story " + storyId));
    }

    @Test
    void claimsServerErrorLeavesTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.serverError());
        view().statusCode(200).body("degraded", contains("claims-service"));
    }

    @Test
    void malformedClaimsAnswerLeavesTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.malformed());
        view().statusCode(200).body("degraded", contains("claims-service"));
    }

    @Test
    void slowTimelineWithNoRecentViewIs503() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.slow());
        assertConforms("getStoryView", view().statusCode(503).header("Retry-After", notNullValue())
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri())).extract().response());
        assertEquals(0, claims.getAllServeEvents().size(), "without a page there are no events to ask the claims of");
    }

    @Test
    void timelineDownWithNoRecentViewIs503() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        view().statusCode(503).header("Retry-After", notNullValue());
    }

    @Test
    void timelineServerErrorWithNoRecentViewIs503() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.serverError());
        view().statusCode(503);
    }

    @Test
    void malformedTimelineAnswerWithNoRecentViewIs503() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.malformed());
        view().statusCode(503);
    }

    @Test
    void bothDownIs503Problem() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.serverError());
        view().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri()))
                .body("status", equalTo(503))
                .body("detail", not(startsWith("java")));
    }

    @Test
    void breakerOpensOnRepeatedFailuresAndClosesAgainWhenTheServiceRecovers() throws InterruptedException {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.serverError());
        // Each view is one call and its one retry: two views fill the breaker's window of four.
        for (int i = 0; i < 2; i++) {
            view().statusCode(200).body("degraded", contains("claims-service"));
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("claims-service"));

        // Open: the claims-service is not even asked while the breaker cools down, not by a retry either.
        claims.resetAll();
        StoryStubs.healthyClaims(claims, storyId);
        view().statusCode(200).body("degraded", contains("claims-service"));
        assertEquals(0, claims.getAllServeEvents().size());
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("claims-service"));

        // After the delay the breaker lets a trial call through, which succeeds and closes it.
        String degraded = "claims";
        for (int attempt = 0; attempt < 50 && !degraded.isEmpty(); attempt++) {
            Thread.sleep(200);
            degraded = String.join(",", view().statusCode(200).extract().<java.util.List<String>>path("degraded"));
        }
        assertEquals("", degraded, "the view is complete again once the service recovers");
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("claims-service"));
    }
}
