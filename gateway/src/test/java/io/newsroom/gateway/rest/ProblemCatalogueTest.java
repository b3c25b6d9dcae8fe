package io.newsroom.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The rules every service shares, as the gateway applies them: the problem catalogue and strict inputs. */
@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class ProblemCatalogueTest extends StubbedServicesTest {

    private static final String[] CATALOGUE = Arrays.stream(ProblemType.values()).map(ProblemType::uri).toArray(String[]::new);

    private String storyId;

    @BeforeEach
    void healthyServices() {
        storyId = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
    }

    @Test
    void aSixThousandCharacterIdIsAnsweredWithAProblemNotADroppedConnection() {
        given().when().get("/api/stories/" + "x".repeat(6000)).then()
                .statusCode(anyOf(equalTo(400), equalTo(404)))
                .contentType("application/problem+json")
                .body("type", is(in(CATALOGUE)));
    }

    @Test
    void frameworkRefusalsAreCatalogueTypes() {
        given().when().get("/api/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()))
                .body("title", equalTo(ProblemType.NOT_FOUND.title()))
                .body("status", equalTo(404))
                .body("$", not(org.hamcrest.Matchers.hasKey("errors")));
        given().when().delete("/api/stories/{id}", storyId).then()
                .statusCode(405)
                .body("type", equalTo(ProblemType.METHOD_NOT_ALLOWED.uri()));
        given().accept("text/csv").when().get("/api/stories/{id}", storyId).then()
                .statusCode(406)
                .body("type", in(CATALOGUE));
    }

    @Test
    void anUnknownQueryParameterOnTheJsonApiIs400NamingEachOne() {
        given().queryParam("limt", "5").queryParam("asof", "2025").when().get("/api/stories/{id}", storyId).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.UNKNOWN_PARAMETER.uri()))
                .body("errors.field", hasItem("limt"))
                .body("errors.field", hasItem("asof"))
                .body("errors[0].message", equalTo("is not a parameter of this operation"));
        given().queryParam("format", "x").when().get("/api/stories/{id}/exports/timelinejs", storyId).then()
                .statusCode(400)
                .body("type", equalTo(ProblemType.UNKNOWN_PARAMETER.uri()));
    }

    @Test
    void aReaderPageKeepsAcceptingTheTrackingParametersOfASharedLink() {
        given().queryParam("utm_source", "x").when().get("/stories/{id}", storyId).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("Story " + storyId));
        // The parameter the page does take is still taken.
        given().redirects().follow(false).queryParam("id", storyId).when().get("/stories").then()
                .statusCode(303);
    }

    @Test
    void aNewFieldInAServiceAnswerDoesNotBreakTheGateway() {
        // The services may add fields to their answers at any time; only the gateway's own inputs are strict.
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1).willReturn(okJson(
                StoryStubs.windowJson(storyId, "Story", null).replace("\"summary\":", "\"language\":\"en\",\"brandNewField\":{\"nested\":true},\"summary\":"))));
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(okJson(StoryStubs.claimsWindowJson().replace("\"proposition\":", "\"language\":\"en\",\"proposition\":"))));
        given().when().get("/api/stories/{id}", storyId).then()
                .statusCode(200)
                .body("degraded", org.hamcrest.Matchers.empty())
                .body("story.title", equalTo("Story"))
                .body("claims[0].proposition", equalTo("The summit was a success"));
    }

    @Test
    void aStoryNoServiceKnowsIsNotFound() {
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId + "/window")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
        given().when().get("/api/stories/{id}", storyId).then()
                .statusCode(404)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()))
                .body("instance", equalTo("/api/stories/" + storyId));
    }
}
