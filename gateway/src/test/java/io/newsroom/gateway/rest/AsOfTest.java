package io.newsroom.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
 * The story as it stood at an instant: {@code asOf} reaches the services on every read, in the services' form of an
 * instant, and a view of then is never mixed with the recent halves of the story as it stands.
 */
@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class AsOfTest extends StubbedServicesTest {

    private static final String THEN = "2025-11-25T12:00:00Z";

    private String storyId;

    @BeforeEach
    void healthyServices() {
        storyId = "as-of-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
    }

    @Test
    void anAsOfThatIsNotAnInstantIs400NamingIt() {
        for (String path : new String[] {"/api/stories/{id}", "/api/stories/{id}/exports/timelinejs",
                "/api/stories/{id}/exports/claimreview", "/api/stories/{id}/bundle"}) {
            given().queryParam("asOf", "yesterday").when().get(path, storyId).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(ProblemType.BAD_REQUEST.uri()))
                    .body("errors[0].field", equalTo("asOf"));
        }
        timeline.verify(0, anyRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void theClaimReviewsAsOfAnInstantAreTheVerdictsOfThen() {
        given().queryParam("asOf", THEN).when().get("/api/stories/{id}/exports/claimreview", storyId).then()
                .statusCode(200)
                .body("", hasSize(1));
        claims.verify(getRequestedFor(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims"))
                .withQueryParam("asOf", WireMock.equalTo(THEN)));
        // The timeline is asked only whether the story is there, which it is now.
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + storyId)).withQueryParam("asOf", WireMock.absent()));
    }

    @Test
    void theTimelineJsExportAsOfAnInstantIsTheTimelineOfThen() {
        given().queryParam("asOf", THEN).when().get("/api/stories/{id}/exports/timelinejs", storyId).then()
                .statusCode(200)
                .body("events", hasSize(2));
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + storyId)).withQueryParam("asOf", WireMock.equalTo(THEN)));
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + storyId + "/events"))
                .withQueryParam("asOf", WireMock.equalTo(THEN)));
    }

    @Test
    void aViewAsOfAnInstantAsksBothServicesAsOfItAndSaysSo() {
        given().queryParam("asOf", THEN).when().get("/api/stories/{id}", storyId).then()
                .statusCode(200)
                .body("asOf", equalTo(THEN))
                .body("timeline", hasSize(2))
                .body("claims", hasSize(1));
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + storyId + "/window"))
                .withQueryParam("asOf", WireMock.equalTo(THEN)));
        claims.verify(getRequestedFor(urlPathEqualTo("/api/claims/stories/" + storyId + "/window"))
                .withQueryParam("asOf", WireMock.equalTo(THEN)));
    }

    @Test
    void aBundleAsOfAnInstantReadsEveryPartAsOfIt() {
        given().queryParam("asOf", THEN).when().get("/api/stories/{id}/bundle", storyId).then()
                .statusCode(200)
                .body("events", hasSize(2))
                .body("claims", hasSize(1));
        for (String part : new String[] {"", "/events", "/relations", "/articles"}) {
            timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + storyId + part))
                    .withQueryParam("asOf", WireMock.equalTo(THEN)));
        }
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/outlets/" + StoryStubs.OUTLET)).withQueryParam("asOf", WireMock.equalTo(THEN)));
        claims.verify(getRequestedFor(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims")).withQueryParam("asOf", WireMock.equalTo(THEN)));
        claims.verify(getRequestedFor(urlPathEqualTo("/api/claims/actors/" + StoryStubs.ACTOR_CLAIMANT))
                .withQueryParam("asOf", WireMock.equalTo(THEN)));
    }

    @Test
    void aViewAsOfAnInstantIsNeverKeptAsTheStorysRecentView() {
        given().queryParam("asOf", THEN).when().get("/api/stories/{id}", storyId).then().statusCode(200);
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        given().when().get("/api/stories/{id}", storyId).then().statusCode(503)
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri()));
    }

    @Test
    void claimsFailingOnAViewAsOfAnInstantAreLeftOutNeverShownFromACurrentView() {
        given().when().get("/api/stories/{id}", storyId).then().statusCode(200);
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        given().when().get("/api/stories/{id}", storyId).then().statusCode(200).body("stale", hasSize(1));
        given().queryParam("asOf", THEN).when().get("/api/stories/{id}", storyId).then()
                .statusCode(200)
                .body("asOf", equalTo(THEN))
                .body("stale", hasSize(0))
                .body("degraded", hasSize(1))
                .header("ETag", nullValue());
    }

    @Test
    void aViewAsOfAnInstantIsNeverMadeOfAHalfKeptFromACurrentView() {
        given().when().get("/api/stories/{id}", storyId).then().statusCode(200).body("asOf", nullValue());
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        given().when().get("/api/stories/{id}", storyId).then().statusCode(200).body("stale", hasSize(1));
        given().queryParam("asOf", THEN).when().get("/api/stories/{id}", storyId).then()
                .statusCode(503).body("type", equalTo(ProblemType.UNAVAILABLE.uri()));
    }
}
