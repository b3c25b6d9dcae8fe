package io.newsroom.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;

/**
 * Who may import, and whose token the services see: the caller's own, real and signed by the local key, on every
 * call the gateway makes for it. A service's refusal of that token is the caller's answer.
 */
@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class AccessTest extends StubbedServicesTest {

    private static final String EMPTY_PAGE = "{\"items\":[],\"nextCursor\":null}";

    private String storyId;

    @BeforeEach
    void servicesThatAcceptAStory() {
        storyId = "access-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/timeline/stories/" + storyId;
        timeline.stubFor(get(urlPathEqualTo(base)).willReturn(aResponse().withStatus(404)));
        timeline.stubFor(post(urlPathEqualTo("/api/timeline/stories")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(StoryStubs.storyJson(storyId, "Imported"))));
        for (String list : List.of("/articles", "/events", "/relations")) {
            timeline.stubFor(get(urlPathEqualTo(base + list)).willReturn(okJson(EMPTY_PAGE)));
        }
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims")).willReturn(okJson(EMPTY_PAGE)));
    }

    private String storyOnly() {
        return "{\"story\":{\"id\":\"%s\",\"title\":\"Imported\"}}".formatted(storyId);
    }

    @Test
    void withoutATokenAnImportIs401AndNothingIsAskedOfTheServices() {
        given().header(TestCaller.ANONYMOUS).contentType(ContentType.JSON).body(storyOnly())
                .when().post("/api/bundles")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(ProblemType.UNAUTHENTICATED.uri()));
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON).body(storyOnly())
                .when().post("/api/bundles")
                .then().statusCode(401).body("type", equalTo(ProblemType.UNAUTHENTICATED.uri()));
        assertEquals(0, timeline.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void aReaderMayNotImport() {
        given().header(TestCaller.as("reader")).contentType(ContentType.JSON).body(storyOnly())
                .when().post("/api/bundles")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.FORBIDDEN.uri()));
        assertEquals(0, timeline.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void anEditorImportsAndEveryCallCarriesTheEditorsOwnToken() {
        Header editor = TestCaller.as("editor", "Ada Editor");
        given().header(editor).contentType(ContentType.JSON).body(storyOnly())
                .when().post("/api/bundles")
                .then().statusCode(201).body("rejected", empty());
        List<LoggedRequest> calls = new java.util.ArrayList<>(timeline.findAll(anyRequestedFor(anyUrl())));
        calls.addAll(claims.findAll(anyRequestedFor(anyUrl())));
        assertTrue(calls.size() >= 5, "the import read and wrote: " + calls.size());
        for (LoggedRequest call : calls) {
            assertEquals(editor.getValue(), call.getHeader("Authorization"), call.getMethod() + " " + call.getUrl());
        }
        timeline.verify(1, postRequestedFor(urlPathEqualTo("/api/timeline/stories"))
                .withHeader("Authorization", WireMock.equalTo(editor.getValue())));
    }

    @Test
    void aServiceThatRefusesTheCallersTokenIsThatRefusalNotAnImportReport() {
        timeline.stubFor(post(urlPathEqualTo("/api/timeline/stories")).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:newsroom:problem:forbidden\",\"title\":\"The token's roles do not allow this\",\"status\":403}")));
        given().header(TestCaller.as("editor")).contentType(ContentType.JSON).body(storyOnly())
                .when().post("/api/bundles")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.FORBIDDEN.uri()));
    }

    @Test
    void readsArePublicAndGoOnWithoutATokenOrWithTheCallersOwn() {
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
        given().header(TestCaller.ANONYMOUS).when().get("/api/stories/{id}", storyId)
                .then().statusCode(200).body("degraded", empty());
        given().header(TestCaller.ANONYMOUS).when().get("/stories/{id}", storyId).then().statusCode(200);
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).withoutHeader("Authorization"));
        timeline.resetRequests();

        Header reader = TestCaller.as("reader", "Rita Reader");
        given().header(reader).when().get("/api/stories/{id}/exports/timelinejs", storyId).then().statusCode(200);
        List<LoggedRequest> reads = timeline.findAll(anyRequestedFor(anyUrl()));
        assertTrue(!reads.isEmpty());
        reads.forEach(r -> assertEquals(reader.getValue(), r.getHeader("Authorization"), r.getUrl()));
    }

    @Test
    void aReadTriedAgainAfterAFailureStillCarriesTheToken() {
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
        String window = "/api/timeline/stories/" + storyId + "/window";
        timeline.stubFor(get(urlPathEqualTo(window)).atPriority(1).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(StoryStubs.serverError()).willSetStateTo("recovered"));
        timeline.stubFor(get(urlPathEqualTo(window)).atPriority(1).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(StoryStubs.windowJson(storyId, "Story " + storyId, null))));
        Header reader = TestCaller.as("reader");
        given().header(reader).when().get("/api/stories/{id}", storyId).then().statusCode(200).body("degraded", empty());
        List<LoggedRequest> tries = timeline.findAll(getRequestedFor(urlPathEqualTo(window)));
        assertEquals(2, tries.size());
        tries.forEach(r -> assertEquals(reader.getValue(), r.getHeader("Authorization")));
    }

    @Test
    void aServiceThatRefusesTheCallerOnAReadIsTheSame401Or403() {
        String window = "/api/timeline/stories/" + storyId + "/window";
        timeline.stubFor(get(urlPathEqualTo(window)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withHeader("WWW-Authenticate", "Bearer")
                .withBody("{\"type\":\"urn:newsroom:problem:unauthenticated\",\"title\":\"A valid bearer token is required\",\"status\":401}")));
        given().header(TestCaller.ANONYMOUS).when().get("/api/stories/{id}", storyId)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(ProblemType.UNAUTHENTICATED.uri()));
        given().header(TestCaller.ANONYMOUS).when().get("/stories/{id}", storyId)
                .then().statusCode(401).contentType("text/html;charset=UTF-8");

        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId)).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:newsroom:problem:forbidden\",\"title\":\"The token's roles do not allow this\",\"status\":403}")));
        given().header(TestCaller.as("offline_access")).when().get("/api/stories/{id}/bundle", storyId)
                .then().statusCode(403).body("type", equalTo(ProblemType.FORBIDDEN.uri()));
        given().header(TestCaller.as("offline_access")).when().get("/api/stories/{id}/exports/timelinejs", storyId)
                .then().statusCode(403).body("type", equalTo(ProblemType.FORBIDDEN.uri()));
    }
}
