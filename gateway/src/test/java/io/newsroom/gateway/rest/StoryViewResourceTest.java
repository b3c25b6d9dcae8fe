package io.newsroom.gateway.rest;

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
        for (int attempt = 0; !warm && attempt < 10; attempt++) {
            io.restassured.response.Response first = given().when().get("/api/stories/{id}", storyId);
            warm = first.statusCode() == 200 && first.jsonPath().getList("degraded").isEmpty();
        }
        breakers.resetAll();
    }

    private io.restassured.response.ValidatableResponse view() {
        return given().when().get("/api/stories/{id}", storyId).then();
    }

    @Test
    void composesBothServices() {
        view().statusCode(200)
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
                .body("lastUpdated", equalTo("2025-11-28T10:00:00Z"))
                .body("degraded", empty());
    }

    @Test
    void unknownStoryIs404Problem() {
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId)).atPriority(1)
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
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("timeline-find-story"));
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("timeline-events"));
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
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId)).atPriority(1)
                .willReturn(WireMock.okJson(StoryStubs.storyJson(storyId, "Retitled"))));
        given().header("If-None-Match", before).when().get("/api/stories/{id}", storyId).then()
                .statusCode(200).header("ETag", not(equalTo(before))).body("story.title", equalTo("Retitled"));
    }

    @Test
    void slowClaimsLeaveTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.slow());
        view().statusCode(200)
                .header("ETag", nullValue())
                .header("Cache-Control", equalTo("no-store"))
                .body("degraded", contains("claims"))
                .body("timeline", hasSize(2))
                .body("claims", empty());
    }

    @Test
    void claimsDownLeavesTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        view().statusCode(200).body("degraded", contains("claims")).body("story.title", equalTo("Story " + storyId));
    }

    @Test
    void claimsServerErrorLeavesTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.serverError());
        view().statusCode(200).body("degraded", contains("claims"));
    }

    @Test
    void malformedClaimsAnswerLeavesTheClaimsOut() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.malformed());
        view().statusCode(200).body("degraded", contains("claims"));
    }

    @Test
    void slowTimelineLeavesTheTimelineOut() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.slow());
        view().statusCode(200)
                .body("degraded", contains("timeline"))
                .body("story.id", equalTo(storyId))
                .body("timeline", empty())
                .body("coverage", nullValue())
                .body("claims[0].proposition", equalTo("The summit was a success"));
    }

    @Test
    void timelineDownLeavesTheTimelineOut() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        view().statusCode(200).body("degraded", contains("timeline")).body("claims", hasSize(1));
    }

    @Test
    void timelineServerErrorLeavesTheTimelineOut() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.serverError());
        view().statusCode(200).body("degraded", contains("timeline"));
    }

    @Test
    void malformedTimelineAnswerLeavesTheTimelineOut() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.malformed());
        view().statusCode(200).body("degraded", contains("timeline"));
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
        for (int i = 0; i < 3; i++) {
            view().statusCode(200).body("degraded", contains("claims"));
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("claims-claims"));

        // Open: the claims-service is not even asked while the breaker cools down.
        claims.resetAll();
        StoryStubs.healthyClaims(claims, storyId);
        view().statusCode(200).body("degraded", contains("claims"));
        assertEquals(0, claims.getAllServeEvents().size());

        // After the delay the breaker lets a trial call through, which succeeds and closes it.
        String degraded = "claims";
        for (int attempt = 0; attempt < 50 && !degraded.isEmpty(); attempt++) {
            Thread.sleep(200);
            degraded = String.join(",", view().statusCode(200).extract().<java.util.List<String>>path("degraded"));
        }
        assertEquals("", degraded, "the view is complete again once the service recovers");
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("claims-claims"));
    }
}
