package io.newsroom.gateway.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.gateway.support.StoryStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** The reader page on the real path: the story view service asking the two services, stubbed by WireMock. */
@QuarkusTest
@TestProfile(ReaderPageServicesProfile.class)
class ReaderPageServicesTest extends StubbedServicesTest {

    private String storyId;

    @BeforeEach
    void healthyServices() {
        storyId = "page-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
    }

    private ValidatableResponse page() {
        return given().when().get("/stories/{id}", storyId).then();
    }

    @Test
    void aPageRenderedFromHalvesBothServicesConfirmIsTheSameAndAChangedHalfRendersItAnew() {
        String claimsWindow = "/api/claims/stories/" + storyId + "/window";
        StoryStubs.taggedWindows(timeline, claims, storyId);

        String first = page().statusCode(200).header("Cache-Control", "no-cache").extract().asString();
        String second = page().statusCode(200).header("Cache-Control", "no-cache").extract().asString();
        assertEquals(first, second, "both services confirmed their halves: the same page");
        claims.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo(claimsWindow))
                .withHeader("If-None-Match", WireMock.equalTo("W/\"8.2\"")));

        // A claim changed: the claims-service answers the new half, and the page shows it at once.
        claims.stubFor(WireMock.get(WireMock.urlPathEqualTo(claimsWindow)).atPriority(1)
                .withHeader("If-None-Match", WireMock.equalTo("W/\"8.2\""))
                .willReturn(WireMock.okJson(StoryStubs.claimsWindowJson().replace("The summit was a success", "The summit failed"))
                        .withHeader("ETag", "W/\"9.2\"")));
        page().statusCode(200).body(containsString("The summit failed")).body(not(containsString("The summit was a success")));

        // The claims-service fails: the page shows the last claims it confirmed, says they may be out of date, and
        // is not to be cached.
        claims.stubFor(WireMock.get(WireMock.urlPathEqualTo(claimsWindow)).atPriority(0).willReturn(StoryStubs.down()));
        page().statusCode(200).header("Cache-Control", "no-store").body(containsString("The summit failed"));
    }

    @Test
    void showsTheStoryAsOfAnInstantWhenAskedAndSaysSo() {
        given().queryParam("asOf", "2025-11-25T12:00:00Z").when().get("/stories/{id}", storyId).then()
                .statusCode(200)
                .body(containsString("This is the story as it stood on"))
                .body(containsString("25 November 2025, 12:00 UTC"))
                .body(containsString("The summit was a success"));
        timeline.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window"))
                .withQueryParam("asOf", WireMock.equalTo("2025-11-25T12:00:00Z")));
        claims.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/claims/stories/" + storyId + "/window"))
                .withQueryParam("asOf", WireMock.equalTo("2025-11-25T12:00:00Z")));
    }

    @Test
    void rendersWhatBothServicesSay() {
        page().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("Story " + storyId))
                .body(containsString("<time datetime=\"2025-08-15\">15 August 2025</time>"))
                .body(containsString("<time datetime=\"2025-W49\">week of 1 December 2025</time>"))
                .body(containsString("Upcoming: scheduled"))
                .body(containsString("The summit was a success"))
                .body(containsString(" by Think Tank"))
                .body(containsString("It was not"))
                .body(containsString("Mostly false"))
                .body(containsString("1 article from 1 outlet."))
                .body(not(containsString("Part of this story could not be loaded.")));
    }

    @Test
    void anUnknownStoryIsA404Page() {
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(WireMock.aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        page().statusCode(404).contentType(startsWith("text/html")).body(containsString("Story not found"));
    }

    @Test
    void linksToTheNextPageOfTheTimelineWithoutScript() {
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(WireMock.okJson(StoryStubs.windowJson(storyId, "Story " + storyId, "next+page"))));
        page().statusCode(200).body(containsString("<a href=\"/stories/" + storyId + "?after=next%2Bpage\" rel=\"next\">"));
        given().queryParam("after", "next+page").when().get("/stories/{id}", storyId).then().statusCode(200);
        timeline.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/window"))
                .withQueryParam("after", WireMock.equalTo("next+page")));
    }

    @Test
    void claimsDownLeavesAPageThatSaysSo() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        page().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("the claims and who disputes them"))
                .body(containsString("Summit"));
    }

    @Test
    void bothDownIsA503Page() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.serverError());
        page().statusCode(503)
                .contentType(startsWith("text/html"))
                .header("Retry-After", "5")
                .body(containsString("This story cannot be shown right now"));
    }
}
