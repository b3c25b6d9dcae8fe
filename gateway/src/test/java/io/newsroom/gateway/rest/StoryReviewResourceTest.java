package io.newsroom.gateway.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The review list merges the two services' lists, each followed to its last page; without the claims-service it is
 * the events only and says so, without the timeline-service there is none (503 with Retry-After).
 */
@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class StoryReviewResourceTest extends StubbedServicesTest {

    static final String RETRACTED_URL = "https://wire.example/2026/11/20/interview";
    static final String CORRECTED_URL = "https://daily.example/2026/11/21/talks";

    private String storyId;

    @BeforeEach
    void story() {
        storyId = "review-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The timeline-service's list, in two pages as a long one comes, shaped per the contract. */
    private void timelineReview() {
        String path = "/api/timeline/stories/" + storyId + "/review";
        timeline.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", WireMock.absent()).willReturn(okJson("""
                {"items":[{"kind":"event","id":"%s","title":"Talks end without agreement","reasons":[
                   {"reason":"article-retracted","url":"%s","note":"The interview did not take place.","at":"2026-11-30T09:00:00Z"},
                   {"reason":"article-corrected","url":"%s","at":"2026-11-29T09:00:00Z"}]}],
                 "nextCursor":"page-2"}""".formatted(StoryStubs.EVENT_1, RETRACTED_URL, CORRECTED_URL))));
        timeline.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", WireMock.equalTo("page-2")).willReturn(okJson("""
                {"items":[{"kind":"event","id":"%s","title":"Ministers meet","reasons":[
                   {"reason":"article-corrected","url":"%s","note":"The date was wrong.","at":"2026-11-29T09:00:00Z"}]}],
                 "nextCursor":null}""".formatted(StoryStubs.EVENT_2, CORRECTED_URL))));
    }

    private void claimsReview() {
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/review")).willReturn(okJson("""
                {"items":[
                  {"kind":"claim","id":"%s","proposition":"The talks are over","reasons":[
                    {"reason":"article-retracted","url":"%s","note":"The interview did not take place.","at":"2026-11-30T09:00:01Z"}]},
                  {"kind":"claim","id":"c1a10000-0000-4000-8000-000000000002","proposition":"The vote was rigged","reasons":[
                    {"reason":"event-deleted","at":"2026-11-30T10:00:00Z"}]}],
                 "nextCursor":null}""".formatted(StoryStubs.CLAIM, RETRACTED_URL))));
    }

    @Test
    void mergesBothServicesListsEveryPageOfThem() {
        timelineReview();
        claimsReview();
        var review = given().when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("storyId", equalTo(storyId))
                .body("degraded", empty())
                .body("items.kind", contains("event", "event", "claim", "claim"))
                .body("items.id", contains(StoryStubs.EVENT_1, StoryStubs.EVENT_2, StoryStubs.CLAIM,
                        "c1a10000-0000-4000-8000-000000000002"))
                .body("items[0].title", equalTo("Talks end without agreement"))
                .body("items[0].proposition", nullValue())
                .body("items[0].reasons.reason", contains("article-retracted", "article-corrected"))
                .body("items[0].reasons[0].url", equalTo(RETRACTED_URL))
                .body("items[0].reasons[0].note", equalTo("The interview did not take place."))
                .body("items[0].reasons[0].at", equalTo("2026-11-30T09:00:00Z"))
                .body("items[1].title", equalTo("Ministers meet"))
                .body("items[2].proposition", equalTo("The talks are over"))
                .body("items[3].reasons[0].reason", equalTo("event-deleted"))
                .body("items[3].reasons[0].url", nullValue()).extract().response();
        assertConforms("getStoryReview", review);
    }

    @Test
    void withoutTheClaimsServiceTheEventsComeAndTheListSaysItIsIncomplete() {
        timelineReview();
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        given().when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("degraded", contains("claims-service"))
                .body("items", hasSize(2))
                .body("items.kind", contains("event", "event"));
    }

    @Test
    void aStoryTheClaimsServiceHasNeverHeardOfHasNoClaimsToReview() {
        timelineReview();
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/review")).willReturn(notFound()));
        given().when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(200)
                .body("degraded", empty())
                .body("items", hasSize(2));
    }

    @Test
    void withoutTheTimelineServiceThereIsNoListAndTheClientIsToldWhenToRetry() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        claimsReview();
        given().when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri()));
    }

    @Test
    void aTimelineThatTakesTooLongIsA503TooNeverAHalfList() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.slow());
        claimsReview();
        given().when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(503)
                .header("Retry-After", notNullValue());
    }

    @Test
    void anUnknownStoryIsNotFound() {
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId + "/review")).willReturn(notFound()));
        claimsReview();
        given().when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(404)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
    }

    @Test
    void aParameterTheListDoesNotTakeIsRefused() {
        given().queryParam("limit", "5").when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(400)
                .body("type", equalTo(ProblemType.UNKNOWN_PARAMETER.uri()));
    }

    @Test
    void aServiceRefusingTheCallersRolesIsTheCallersAnswerNeverAHalfList() {
        timelineReview();
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/review")).willReturn(WireMock.aResponse()
                .withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:newsroom:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403}")));
        given().when().get("/api/stories/{id}/review", storyId).then()
                .statusCode(403)
                .body("type", equalTo(ProblemType.FORBIDDEN.uri()));
    }
}
