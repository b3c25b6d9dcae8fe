package io.newsroom.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** NEWSROOM_PUBLIC_READ=false: the views, the exports and the reader page need a reader, which every role includes. */
@QuarkusTest
@TestProfile(PrivateReadTest.PrivateReads.class)
class PrivateReadTest extends StubbedServicesTest {

    public static class PrivateReads extends ShorterTimeoutsProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("newsroom.public-read", "false");
            return overrides;
        }
    }

    private String storyId;

    @BeforeEach
    void healthyServices() {
        storyId = "private-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
    }

    @Test
    void theApiNeedsAReader() {
        for (String path : new String[] {"/api/stories/{id}", "/api/stories/{id}/exports/timelinejs",
                "/api/stories/{id}/exports/claimreview", "/api/stories/{id}/bundle"}) {
            given().header(TestCaller.ANONYMOUS).when().get(path, storyId)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo(ProblemType.UNAUTHENTICATED.uri()));
            given().header(TestCaller.as("offline_access")).when().get(path, storyId)
                    .then().statusCode(403).body("type", equalTo(ProblemType.FORBIDDEN.uri()));
            given().header(TestCaller.as("reader")).when().get(path, storyId).then().statusCode(200);
        }
        given().header(TestCaller.as("editor")).when().get("/api/stories/{id}", storyId).then().statusCode(200);
    }

    @Test
    void aStorysChangesNeedAReaderAndGoOnWithTheirToken() {
        String empty = "{\"changes\":[],\"next\":\"0\"}";
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/changes")).willReturn(okJson(empty)));
        claims.stubFor(get(urlPathEqualTo("/api/claims/changes")).willReturn(okJson(empty)));
        given().header(TestCaller.ANONYMOUS).when().get("/api/stories/{id}/changes", storyId).then().statusCode(401);
        given().header(TestCaller.ANONYMOUS).when().get("/api/stories/{id}/changes/stream", storyId).then().statusCode(401);
        given().header(TestCaller.as("offline_access")).when().get("/api/stories/{id}/changes", storyId).then().statusCode(403);
        var reader = TestCaller.as("reader");
        given().header(reader).when().get("/api/stories/{id}/changes", storyId).then().statusCode(200);
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/changes")).withHeader("Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(reader.getValue())));
    }

    @Test
    void theReaderPageSaysSoInAPageAndShowsTheStoryToAReader() {
        given().header(TestCaller.ANONYMOUS).when().get("/stories/{id}", storyId)
                .then().statusCode(401).contentType(startsWith("text/html"))
                .header("WWW-Authenticate", "Bearer")
                .body(containsString("not public"));
        given().header(TestCaller.as("offline_access")).when().get("/stories/{id}", storyId)
                .then().statusCode(403).contentType(startsWith("text/html"))
                .body(containsString("reader role"));
        given().header(TestCaller.as("reader")).when().get("/stories/{id}", storyId)
                .then().statusCode(200).body(containsString("Story " + storyId));
        // The start page holds nothing of the record and stays open, so a reader can be told where to sign in.
        given().header(TestCaller.ANONYMOUS).when().get("/").then().statusCode(200);
    }
}
