package io.newsroom.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
 * The story as it stood at an instant: {@code asOf} reaches the services on every read their contracts let it
 * reach, in the services' form of an instant, and a read a service cannot answer as of then is refused, never
 * answered with the record as it stands.
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
    void whatAServiceCannotYetAnswerAsOfAnInstantIsRefusedNamingAsOfAndNothingOfItIsKept() {
        for (String path : new String[] {"/api/stories/{id}", "/api/stories/{id}/bundle"}) {
            given().queryParam("asOf", THEN).when().get(path, storyId).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo(ProblemType.VALIDATION.uri()))
                    .body("errors[0].field", equalTo("asOf"))
                    .body("detail", containsString("claims-service cannot yet answer"));
        }
        // The claims of a page cannot be had as of then, so there is no view of then, and the record as it stands
        // is never passed off as it. Neither is the timeline of then kept as if it were the story's current one:
        StoryStubs.everyRead(timeline, "/api/timeline", StoryStubs.down());
        given().when().get("/api/stories/{id}", storyId).then().statusCode(503)
                .body("type", equalTo(ProblemType.UNAVAILABLE.uri()));
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
