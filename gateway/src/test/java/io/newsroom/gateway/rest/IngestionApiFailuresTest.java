package io.newsroom.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;

/**
 * Reading an article when a service fails, against stubs that fail on demand: 503 with Retry-After and nothing
 * kept, never 500; and what the services are asked, with whose token. The story here is the stubs' own (a summit on
 * 15 August, a claim that it was a success), so an article about it is matched against it.
 */
@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class IngestionApiFailuresTest extends StubbedServicesTest {

    private static final Header EDITOR = TestCaller.as("editor", "Ada Desk");
    /** The stubs' article is already the story's coverage, so reading it creates nothing in the services. */
    private static final Map<String, Object> ARTICLE = Map.of("url", "https://news.example/a", "title", "Report",
            "publishedAt", "2025-11-27T12:00:00Z", "zone", "Europe/Kyiv",
            "text", "The summit on 15 August in Anchorage ended without a ceasefire. Think Tank said the talks had failed.");

    private String storyId;

    @BeforeEach
    void healthyServices() {
        storyId = "ingest-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/outlets")).withQueryParam("domain", WireMock.equalTo("news.example"))
                .willReturn(okJson("{\"items\":[" + StoryStubs.outletJson() + "],\"nextCursor\":null}")));
        claims.stubFor(get(urlPathEqualTo("/api/claims/actors")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
    }

    private ValidatableResponse ingest() {
        return given().header(EDITOR).contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/stories/{s}/ingestions", storyId).then().log().ifValidationFails();
    }

    @Test
    void anArticleAboutTheStorysFactsProposesCitationsOfThemAskingAsTheCaller() {
        ingest().statusCode(201)
                .body("candidates.find { it.kind == 'EVENT' }.proposal", equalTo("CITATION"))
                .body("candidates.find { it.kind == 'EVENT' }.event.matchesEventId", equalTo(StoryStubs.EVENT_1))
                .body("candidates.find { it.kind == 'ACTOR' && it.actor.name == 'Think Tank' }.actor.matchesActorId",
                        equalTo(StoryStubs.ACTOR_DISPUTER))
                .body("article.outletId", equalTo(StoryStubs.OUTLET));
        String token = EDITOR.getValue();
        timeline.findAll(anyRequestedFor(urlPathMatching("/api/timeline/.*")))
                .forEach(r -> assertEquals(token, r.getHeader("Authorization"), r.getUrl()));
        claims.findAll(anyRequestedFor(urlPathMatching("/api/claims/.*")))
                .forEach(r -> assertEquals(token, r.getHeader("Authorization"), r.getUrl()));
        assertEquals(0, timeline.findAll(postRequestedFor(urlPathMatching(".*"))).size(), "the story already covers the article");
    }

    @Test
    void aClaimsServiceThatIsDownIs503AndKeepsNothing() {
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        assertUnavailable(ingest());
        // Nothing was kept: once the service is back, the same article is read now (201), not found (200).
        claims.resetAll();
        StoryStubs.healthyClaims(claims, storyId);
        claims.stubFor(get(urlPathEqualTo("/api/claims/actors")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
        breakers.resetAll();
        ingest().statusCode(201);
        ingest().statusCode(200);
    }

    @Test
    void aTimelineThatFailsIs503() {
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.serverError());
        assertUnavailable(ingest());
    }

    @Test
    void aMalformedAnswerIs503() {
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId + "/events")).atPriority(1)
                .willReturn(StoryStubs.malformed()));
        assertUnavailable(ingest());
    }

    @Test
    void aSlowServiceIs503() {
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims")).atPriority(1).willReturn(StoryStubs.slow()));
        assertUnavailable(ingest());
    }

    @Test
    void aServiceThatRefusesTheCallerIsTheCallersAnswer() {
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId)).atPriority(1)
                .willReturn(WireMock.aResponse().withStatus(403)));
        ingest().statusCode(403).body("type", equalTo(ProblemType.FORBIDDEN.uri()));
    }

    private static void assertUnavailable(ValidatableResponse response) {
        String body = response.statusCode(503).header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri()))
                .body("instance", notNullValue())
                .extract().asString();
        assertFalse(body.contains("Exception") && body.contains("at io."), "no stack trace: " + body);
    }

    @Test
    void theUnknownFieldOfAnEditIsNamed() {
        String ingestionId = ingest().statusCode(201).extract().path("id");
        String candidateId = given().header(EDITOR).get("/api/stories/{s}/ingestions/{i}", storyId, ingestionId)
                .then().statusCode(200).extract().path("candidates[0].id");
        given().header(EDITOR).contentType(ContentType.JSON).body(Map.of("event", Map.of("titel", "x")))
                .post("/api/stories/{s}/ingestions/{i}/candidates/{c}/accept", storyId, ingestionId, candidateId)
                .then().statusCode(400).body("type", equalTo(ProblemType.UNKNOWN_FIELD.uri()))
                .body("errors.field", hasItem("event.titel"));
    }
}
