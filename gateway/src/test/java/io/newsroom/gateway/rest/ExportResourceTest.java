package io.newsroom.gateway.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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

@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class ExportResourceTest extends StubbedServicesTest {

    private String storyId;

    @BeforeEach
    void healthyServices() {
        storyId = "export-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
    }

    @Test
    void timelineJsCutsDatesToPrecisionAndMarksTheScheduledWeek() {
        var timelineJs = given().when().get("/api/stories/{id}/exports/timelinejs", storyId).then()
                .statusCode(200)
                .body("title.text.headline", equalTo("Story " + storyId))
                .body("events", hasSize(2))
                .body("events[0].start_date.year", equalTo(2025))
                .body("events[0].start_date.day", equalTo(15))
                .body("events[0].group", equalTo("MEETING"))
                .body("events[1].start_date.day", equalTo(1))
                .body("events[1].end_date.day", equalTo(7))
                .body("events[1].display_date", equalTo("Scheduled: Week 49 of 2025 (1 December 2025 to 7 December 2025)"))
                .extract().response();
        assertConforms("exportTimelineJs", timelineJs);
    }

    @Test
    void timelineJsNeedsOnlyTheTimeline() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        given().when().get("/api/stories/{id}/exports/timelinejs", storyId).then().statusCode(200).body("events", hasSize(2));
    }

    @Test
    void claimReviewPublishesTheVerdictAtTheReaderPage() {
        var reviews = given().when().get("/api/stories/{id}/exports/claimreview", storyId).then()
                .statusCode(200)
                .contentType("application/ld+json")
                .body("", hasSize(1))
                .body("[0].'@context'", equalTo("https://schema.org"))
                .body("[0].'@type'", equalTo("ClaimReview"))
                .body("[0].claimReviewed", equalTo("The summit was a success"))
                .body("[0].url", startsWith("http://localhost:"))
                .body("[0].url", org.hamcrest.Matchers.endsWith("/stories/" + storyId + "#claim-" + StoryStubs.CLAIM))
                .body("[0].reviewRating.alternateName", equalTo("Mostly false"))
                .body("[0].reviewRating.ratingValue", equalTo(2))
                .body("[0].itemReviewed.author.name", equalTo("Claimant"))
                .body("[0].itemReviewed.author.'@type'", equalTo("Person")).extract().response();
        assertConforms("exportClaimReviews", reviews);
    }

    // The claims name their claimant thinly; the review is linked to Wikidata from the actor read in full.
    @Test
    void claimReviewLinksTheClaimantToWikidata() {
        claims.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/claims/actors/" + StoryStubs.ACTOR_CLAIMANT)).atPriority(1)
                .willReturn(WireMock.okJson("""
                        {"id":"%s","name":"Claimant","kind":"PERSON","wikidataId":"Q7747","aliases":[],"members":[]}"""
                        .formatted(StoryStubs.ACTOR_CLAIMANT))));
        given().when().get("/api/stories/{id}/exports/claimreview", storyId).then()
                .statusCode(200)
                .body("[0].itemReviewed.author.name", equalTo("Claimant"))
                .body("[0].itemReviewed.author.sameAs", equalTo("https://www.wikidata.org/wiki/Q7747"));
    }

    @Test
    void bundleHoldsTheWholeStoryWithActorsInFull() {
        var bundle = given().when().get("/api/stories/{id}/bundle", storyId).then()
                .statusCode(200)
                .body("format", equalTo("newsroom-story-bundle"))
                .body("story.id", equalTo(storyId))
                .body("outlets", hasSize(1))
                .body("articles[0].outletId", equalTo(StoryStubs.OUTLET))
                .body("events", hasSize(2))
                .body("actors", hasSize(2))
                .body("claims[0].stances[0].actorId", equalTo(StoryStubs.ACTOR_DISPUTER))
                .body("claims[0].verdict.rating", equalTo("MOSTLY_FALSE")).extract().response();
        assertConforms("exportBundle", bundle);
    }

    @Test
    void bundleStreamsListsOfSeveralPagesWhole() {
        String base = "/api/timeline/stories/" + storyId + "/events";
        String events = StoryStubs.eventsJson();
        String first = events.substring(events.indexOf("{\"id\""), events.indexOf(",\n  {\"id\""));
        String second = events.substring(events.indexOf("{\"id\"", events.indexOf(",\n  {\"id\"")), events.lastIndexOf(']'));
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo(base)).atPriority(1).withQueryParam("after", WireMock.absent())
                .willReturn(WireMock.okJson("{\"items\":[" + first + "],\"nextCursor\":\"p2\"}")));
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo(base)).atPriority(1).withQueryParam("after", WireMock.equalTo("p2"))
                .willReturn(WireMock.okJson("{\"items\":[" + second + "],\"nextCursor\":\"p3\"}")));
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo(base)).atPriority(1).withQueryParam("after", WireMock.equalTo("p3"))
                .willReturn(WireMock.okJson("{\"items\":[],\"nextCursor\":null}")));
        given().when().get("/api/stories/{id}/bundle", storyId).then()
                .statusCode(200)
                .body("events", hasSize(2))
                .body("events[1].title", equalTo("Visit"))
                .body("claims", hasSize(1))
                .body("actors", hasSize(2));
    }

    /**
     * Once the document has started a status cannot change, so a failing service breaks the transfer off: the client
     * sees a broken chunked body, never a 200 document that ends early but parses.
     */
    @Test
    void bundleIsNeverPartial() throws Exception {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.serverError());
        java.net.http.HttpResponse<java.io.InputStream> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/stories/" + storyId + "/bundle")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> {
            try (java.io.InputStream body = answer.body()) {
                body.readAllBytes();
            }
        });
    }

    @Test
    void bundleOfAStoryTheTimelineCannotReadIs503BeforeAnyByte() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.serverError());
        given().when().get("/api/stories/{id}/bundle", storyId).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri()));
    }

    @Test
    void unknownStoryIs404ForEveryExport() {
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId)).atPriority(1)
                .willReturn(WireMock.aResponse().withStatus(404)));
        for (String path : new String[] { "exports/timelinejs", "exports/claimreview", "bundle" }) {
            given().when().get("/api/stories/{id}/" + path, storyId).then()
                    .statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        }
    }

    // A newsroom's page embeds the timeline with new TL.Timeline(element, url): the browser reads the export across origins.
    @Test
    void aPageOnAnotherSiteMayLoadTheExportsButNotWrite() {
        String elsewhere = "https://desk.example.org";
        given().header("Origin", elsewhere).header("Access-Control-Request-Method", "GET")
                .when().options("/api/stories/{id}/exports/timelinejs", storyId).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(elsewhere))
                .header("Access-Control-Allow-Methods", not(containsString("POST")));
        given().header("Origin", elsewhere).when().get("/api/stories/{id}/exports/timelinejs", storyId).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(elsewhere))
                .header("Access-Control-Allow-Credentials", equalTo("false"))
                .header("Vary", containsString("Origin"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().header("Origin", elsewhere).when().get("/api/stories/{id}/exports/claimreview", storyId).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(elsewhere))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().header("Origin", elsewhere).contentType("application/json").body("{}")
                .when().post("/api/bundles").then()
                .statusCode(403);
        // Refused before the import reads the body: nothing was asked of the services.
        timeline.verify(0, WireMock.postRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void aProblemIsNeverSniffedIntoSomethingElse() {
        given().when().get("/api/stories/{id}/exports/timelinejs", "no-such-story-" + storyId).then()
                .contentType(startsWith("application/problem+json"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
