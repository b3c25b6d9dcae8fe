package io.newsroom.claims.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A claim's story and event are checked with timeline-service (played by WireMock, for every test of the
 * module: this class declares the resource and it applies to all, so the application starts once).
 */
@QuarkusTest
@QuarkusTestResource(TimelineStub.class)
class ReferenceTest {

    @TimelineStub.Timeline
    WireMockServer timeline;

    @Inject
    CircuitBreakerMaintenance breakers;

    private String story;
    private UUID event;
    private UUID kremlin;

    @BeforeEach
    void aStoryTimelineServiceKnows() {
        story = "ref-" + Fixtures.token();
        event = UUID.randomUUID();
        timeline.stubFor(TimelineStub.known(get(urlPathEqualTo("/api/timeline/stories/" + story))));
        timeline.stubFor(TimelineStub.known(get(urlPathEqualTo("/api/timeline/stories/" + story + "/events/" + event))));
        kremlin = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
    }

    @AfterEach
    void stubsAndBreakersAsBefore() {
        TimelineStub.reset(timeline);
        breakers.resetAll();
    }

    @Test
    void aClaimOnAnUnknownStoryOrEventIs422NamingTheField() {
        String unknown = "ref-" + Fixtures.token();
        given().contentType(ContentType.JSON).body(Fixtures.claimBody(kremlin, "The talks are serious", "2025-11-27"))
                .when().post(API + "/stories/" + unknown + "/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:reference"))
                .body("errors.field", contains("storyId"));
        Map<String, Object> atUnknownEvent = Fixtures.claimBody(kremlin, "The talks are serious", "2025-11-27");
        atUnknownEvent.put("eventId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(atUnknownEvent)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:reference"))
                .body("errors.field", contains("eventId"));
        given().when().get(API + "/stories/" + story + "/claims").then().body("items", hasSize(0));

        Map<String, Object> atEvent = Fixtures.claimBody(kremlin, "The talks are serious", "2025-11-27");
        atEvent.put("eventId", event.toString());
        String path = given().contentType(ContentType.JSON).body(atEvent)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201).body("eventId", equalTo(event.toString())).extract().header("Location");

        // Moving the claim to another event checks that one; keeping its event asks nothing again.
        Map<String, Object> moved = Fixtures.claimBody(kremlin, "The talks are serious", "2025-11-27");
        moved.put("eventId", UUID.randomUUID().toString());
        given().header("If-Match", "*").contentType(ContentType.JSON).body(moved).when().put(path)
                .then().statusCode(422).body("errors.field", contains("eventId"));
        int asked = timeline.findAll(getRequestedFor(urlPathMatching(".*/events/.*"))).size();
        atEvent.put("proposition", "The talks are very serious");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(atEvent).when().put(path)
                .then().statusCode(200).body("proposition", equalTo("The talks are very serious"));
        org.junit.jupiter.api.Assertions.assertEquals(asked,
                timeline.findAll(getRequestedFor(urlPathMatching(".*/events/.*"))).size());
    }

    @Test
    void aTimelineServiceThatCannotAnswerIs503AndNothingIsWritten() {
        String down = "ref-" + Fixtures.token();
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + down)).willReturn(aResponse().withStatus(500)));
        String slow = "ref-" + Fixtures.token();
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + slow))
                .willReturn(aResponse().withStatus(200).withFixedDelay(4000).withBody("{}")));
        String reset = "ref-" + Fixtures.token();
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + reset))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (String unreachable : new String[] {down, slow, reset}) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Fixtures.claimBody(kremlin, "Russia is stalling", "2025-11"))
                    .when().post(API + "/stories/" + unreachable + "/claims")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:newsroom:problem:unavailable"))
                    .body("detail", containsString("nothing was written"));
            given().when().get(API + "/stories/" + unreachable + "/claims").then().statusCode(200)
                    .body("items", hasSize(0));
        }
    }

    @Test
    void theChecksCarryTheCallersToken() {
        Header editor = TestCaller.as("editor", "Ada Editor");
        Map<String, Object> atEvent = Fixtures.claimBody(kremlin, "Europe is stalling", "2025-11-27");
        atEvent.put("eventId", event.toString());
        given().header(editor).contentType(ContentType.JSON).body(atEvent)
                .when().post(API + "/stories/" + story + "/claims").then().statusCode(201);
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + story))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(editor.getValue())));
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/stories/" + story + "/events/" + event))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(editor.getValue())));
    }

    @Test
    void aClaimIsNotRestoredIntoAStoryThatIsGone() {
        String path = given().contentType(ContentType.JSON)
                .body(Fixtures.claimBody(kremlin, "The plan is a basis", "2025-11-27"))
                .when().post(API + "/stories/" + story + "/claims").then().statusCode(201).extract().header("Location");
        given().header("If-Match", "*").when().delete(path).then().statusCode(204);
        TimelineStub.reset(timeline);
        given().when().post(path + "/restore").then().statusCode(422)
                .body("type", equalTo("urn:newsroom:problem:reference")).body("errors.field", contains("storyId"));
        given().when().get(path).then().statusCode(404);
    }
}
