package io.newsroom.gateway.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.gateway.support.ShorterTimeoutsProfile;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ShorterTimeoutsProfile.class)
class BundleResourceTest extends StubbedServicesTest {

    private static final String EMPTY_PAGE = "{\"items\":[],\"nextCursor\":null}";

    private String storyId;

    @BeforeEach
    void emptyServicesThatAcceptWrites() {
        storyId = "bundle-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/timeline/stories/" + storyId;
        timeline.stubFor(get(urlPathEqualTo(base)).willReturn(aResponse().withStatus(404)));
        timeline.stubFor(post(urlPathEqualTo("/api/timeline/stories")).willReturn(created(StoryStubs.storyJson(storyId, "Imported"))));
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/outlets")).willReturn(okJson(EMPTY_PAGE)));
        timeline.stubFor(post(urlPathEqualTo("/api/timeline/outlets")).willReturn(created(StoryStubs.outletJson())));
        timeline.stubFor(get(urlPathEqualTo(base + "/articles")).willReturn(okJson(EMPTY_PAGE)));
        timeline.stubFor(post(urlPathEqualTo(base + "/articles")).willReturn(created("""
                {"id":"a0000000-0000-4000-8000-000000000009","url":"https://news.example/a","outletId":"%s",
                 "publishedAt":"2025-11-27T12:00:00Z"}""".formatted(StoryStubs.OUTLET))));
        timeline.stubFor(get(urlPathEqualTo(base + "/events")).willReturn(okJson(EMPTY_PAGE)));
        timeline.stubFor(post(urlPathEqualTo(base + "/events")).willReturn(created("""
                {"id":"%s","title":"Summit","kind":"MEETING","when":{"edtf":"2025-08-15"},"status":"OCCURRED"}"""
                .formatted(StoryStubs.EVENT_1))));
        timeline.stubFor(post(urlPathEqualTo(base + "/events")).withRequestBody(containing("Refused")).atPriority(1)
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:newsroom:problem:invalid-edtf\",\"title\":\"Invalid date\",\"status\":422}")));
        timeline.stubFor(get(urlPathEqualTo(base + "/relations")).willReturn(okJson(EMPTY_PAGE)));
        claims.stubFor(get(urlPathEqualTo("/api/claims/actors")).willReturn(okJson(EMPTY_PAGE)));
        claims.stubFor(post(urlPathEqualTo("/api/claims/actors"))
                .willReturn(created(StoryStubs.actorJson(StoryStubs.ACTOR_CLAIMANT, "Claimant", "PERSON"))));
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims")).willReturn(okJson(EMPTY_PAGE)));
        claims.stubFor(post(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims")).willReturn(created("""
                {"id":"%s","proposition":"The summit was a success","claimantId":"%s","status":"UNCHALLENGED","stances":[]}"""
                .formatted(StoryStubs.CLAIM, StoryStubs.ACTOR_CLAIMANT))));
        claims.stubFor(post(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims/" + StoryStubs.CLAIM + "/stances"))
                .willReturn(created("{\"id\":\"5a000000-0000-4000-8000-000000000009\",\"position\":\"SUPPORTS\"}")));
        claims.stubFor(put(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims/" + StoryStubs.CLAIM + "/verdict"))
                .willReturn(okJson("{\"rating\":\"FALSE\",\"explanation\":\"No\",\"reviewer\":\"Desk\",\"reviewedAt\":\"2025-11-28T10:00:00Z\"}")));
    }

    private static ResponseDefinitionBuilder created(String json) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(json);
    }

    private String bundle(String storyId) {
        return """
                {"format":"newsroom-story-bundle","version":1,
                 "story":{"id":"%s","title":"Imported","tags":[]},
                 "outlets":[{"id":"o1","name":"News Example","domain":"news.example","bias":"CENTER","factuality":"HIGH"}],
                 "articles":[{"id":"art1","url":"https://news.example/a","outletId":"o1","publishedAt":"2025-11-27T12:00:00Z"}],
                 "events":[{"id":"e1","title":"Summit","kind":"MEETING","when":{"edtf":"2025-08-15"},"status":"OCCURRED"},
                           {"id":"e2","title":"Refused","kind":"MEETING","when":{"edtf":"2025-13"},"status":"OCCURRED"}],
                 "relations":[{"id":"r1","fromEventId":"e2","toEventId":"e1","type":"FOLLOWS"}],
                 "actors":[{"id":"a1","name":"Claimant","kind":"PERSON"}],
                 "claims":[{"id":"c1","proposition":"The summit was a success","claimantId":"a1","eventId":"e1",
                            "madeAt":{"edtf":"2025-08-15"},
                            "stances":[{"id":"s1","actorId":"a1","position":"SUPPORTS","summary":"Yes","takenAt":"2025-08-16T10:00:00Z"}],
                            "verdict":{"rating":"FALSE","explanation":"No","reviewer":"Desk","reviewedAt":"2025-11-28T10:00:00Z"}}]}
                """.formatted(storyId);
    }

    @Test
    void importsWhatItCanAndSaysWhatItRejectedAndWhy() {
        var report = given().contentType(ContentType.JSON).body(bundle(storyId)).when().post("/api/bundles").then()
                .statusCode(201)
                .header("Location", containsString("/api/stories/" + storyId))
                .body("storyId", equalTo(storyId))
                .body("created.kind", hasItems("story", "outlet", "article", "event", "actor", "claim", "stance", "verdict"))
                .body("created.find { it.kind == 'event' }.key", equalTo("e1"))
                .body("created.find { it.kind == 'event' }.id", equalTo(StoryStubs.EVENT_1))
                .body("rejected", hasSize(2))
                .body("rejected.find { it.item.key == 'e2' }.reason", containsString("timeline-service refused it (422)"))
                .body("rejected.find { it.item.key == 'r1' }.reason", containsString("'e2' was not imported"))
                .extract().response();
        assertConforms("importBundle", report);
    }

    @Test
    void everyCreateCarriesAnIdempotencyKeyDerivedFromTheBundle() {
        String body = bundle(storyId);
        given().contentType(ContentType.JSON).body(body).when().post("/api/bundles").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).when().post("/api/bundles").then().statusCode(201);
        List<LoggedRequest> creates = timeline.findAll(postRequestedFor(urlPathEqualTo("/api/timeline/stories/" + storyId + "/events")));
        assertEquals(4, creates.size());
        List<String> keys = creates.stream().map(r -> r.getHeader("Idempotency-Key")).toList();
        assertTrue(keys.stream().allMatch(k -> k != null && k.matches("bundle-[0-9a-f]{40}")), keys.toString());
        assertEquals(2, keys.stream().distinct().count(), "the same item gets the same key each time, different items different keys");
    }

    @Test
    void aReplayedAnswerIsTrustedOnlyOnceItsItemIsFoundAndOtherwiseTheItemIsCreatedAgain() {
        String events = "/api/timeline/stories/" + storyId + "/events";
        String deleted = "1e7a0000-0000-4000-8000-0000000000de";
        timeline.stubFor(post(urlPathEqualTo(events)).withRequestBody(containing("Summit")).atPriority(1)
                .inScenario("deleted since").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(created("{\"id\":\"%s\",\"title\":\"Summit\",\"kind\":\"MEETING\",\"when\":{\"edtf\":\"2025-08-15\"}}"
                        .formatted(deleted)).withHeader("Idempotency-Replayed", "true"))
                .willSetStateTo("asked again"));
        timeline.stubFor(get(urlPathEqualTo(events + "/" + deleted)).willReturn(aResponse().withStatus(404)));
        timeline.stubFor(get(urlPathEqualTo(events + "/" + StoryStubs.EVENT_1)).willReturn(okJson(
                "{\"id\":\"%s\",\"title\":\"Summit\",\"kind\":\"MEETING\",\"when\":{\"edtf\":\"2025-08-15\"}}".formatted(StoryStubs.EVENT_1))));

        given().contentType(ContentType.JSON).body(bundle(storyId)).when().post("/api/bundles").then()
                .statusCode(201)
                .body("created.find { it.kind == 'event' }.id", equalTo(StoryStubs.EVENT_1));
        List<String> keys = timeline.findAll(postRequestedFor(urlPathEqualTo(events)).withRequestBody(containing("Summit")))
                .stream().map(r -> r.getHeader("Idempotency-Key")).toList();
        assertEquals(2, keys.size(), "asked once more after the replayed event was found deleted");
        assertTrue(!keys.get(0).equals(keys.get(1)), "under a key of its own: " + keys);
        // The claim hangs on the event that is there, never on the deleted one.
        claims.verify(postRequestedFor(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims"))
                .withRequestBody(containing(StoryStubs.EVENT_1)));

        // A replay of an item that is still there is its answer: asked once, checked once.
        timeline.resetRequests();
        timeline.stubFor(post(urlPathEqualTo(events)).withRequestBody(containing("Summit")).atPriority(1)
                .inScenario("deleted since").whenScenarioStateIs("asked again")
                .willReturn(created("{\"id\":\"%s\",\"title\":\"Summit\",\"kind\":\"MEETING\",\"when\":{\"edtf\":\"2025-08-15\"}}"
                        .formatted(StoryStubs.EVENT_1)).withHeader("Idempotency-Replayed", "true")));
        given().contentType(ContentType.JSON).body(bundle(storyId)).when().post("/api/bundles").then()
                .statusCode(201)
                .body("created.find { it.kind == 'event' }.id", equalTo(StoryStubs.EVENT_1));
        assertEquals(1, timeline.findAll(postRequestedFor(urlPathEqualTo(events)).withRequestBody(containing("Summit"))).size());
        assertEquals(1, timeline.findAll(getRequestedFor(urlPathEqualTo(events + "/" + StoryStubs.EVENT_1))).size());
    }

    @Test
    void aStoryIsCreatedWithoutAKeyAndAStoryCreatedMeanwhileIsUsed() {
        given().contentType(ContentType.JSON).body(bundle(storyId)).when().post("/api/bundles").then().statusCode(201);
        timeline.verify(postRequestedFor(urlPathEqualTo("/api/timeline/stories")).withoutHeader("Idempotency-Key"));

        // Another import made the story between this one's look and its create: the 409 means it is there.
        timeline.stubFor(post(urlPathEqualTo("/api/timeline/stories")).atPriority(1).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:newsroom:problem:conflict\",\"title\":\"Already exists\",\"status\":409}")));
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId)).atPriority(1)
                .inScenario("made meanwhile").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(404)).willSetStateTo("there"));
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/stories/" + storyId)).atPriority(1)
                .inScenario("made meanwhile").whenScenarioStateIs("there")
                .willReturn(okJson(StoryStubs.storyJson(storyId, "Imported"))));
        given().contentType(ContentType.JSON).body(bundle(storyId)).when().post("/api/bundles").then()
                .statusCode(201)
                .body("existing.find { it.kind == 'story' }.id", equalTo(storyId))
                .body("rejected.item.kind", not(hasItems("story")));
    }

    @Test
    void aBundleWithoutAStorySlugIs422WithTheField() {
        given().contentType(ContentType.JSON).body("{\"story\":{\"id\":\"Not A Slug\",\"title\":\"x\"}}")
                .when().post("/api/bundles").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.INVALID_BUNDLE.uri()))
                .body("errors[0].field", equalTo("story.id"));
    }

    @Test
    void unreadableBodiesAre400AndOtherMediaTypes415() {
        given().contentType(ContentType.JSON).body("{not json").when().post("/api/bundles").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.BAD_REQUEST.uri()));
        given().contentType(ContentType.JSON).body("{\"story\": 42}").when().post("/api/bundles").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.BAD_REQUEST.uri()))
                .body("errors[0].field", equalTo("story"));
        given().contentType(ContentType.JSON).body("").when().post("/api/bundles").then()
                .statusCode(400).body("type", equalTo(ProblemType.BAD_REQUEST.uri()));
        given().contentType(ContentType.TEXT).body("hello").when().post("/api/bundles").then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.UNSUPPORTED_MEDIA_TYPE.uri()));
    }

    @Test
    void anUnknownFieldInABundleIs400UnknownFieldNamingIt() {
        given().contentType(ContentType.JSON)
                .body("{\"story\":{\"id\":\"%s\",\"title\":\"x\",\"headline\":\"typo\"}}".formatted(storyId))
                .when().post("/api/bundles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.UNKNOWN_FIELD.uri()))
                .body("title", equalTo(ProblemType.UNKNOWN_FIELD.title()))
                .body("errors[0].field", equalTo("story.headline"))
                .body("errors[0].message", equalTo("is not a field of this operation"));
        // Nothing was asked of the services for a bundle the gateway could not read.
        assertEquals(0, timeline.findAll(postRequestedFor(urlPathEqualTo("/api/timeline/stories"))).size());
    }

    @Test
    void aValueOfTheWrongTypeIs400BadRequestNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"story\":{\"id\":\"%s\",\"title\":\"x\"},\"events\":[{\"title\":\"e\",\"status\":\"HAPPENED\"}]}"
                        .formatted(storyId))
                .when().post("/api/bundles").then()
                .statusCode(400)
                .body("type", equalTo(ProblemType.BAD_REQUEST.uri()))
                .body("errors[0].field", equalTo("events[0].status"));
    }

    @Test
    void anUnknownQueryParameterIs400UnknownParameter() {
        given().contentType(ContentType.JSON).queryParam("dryRun", "true")
                .body("{\"story\":{\"id\":\"%s\",\"title\":\"x\"}}".formatted(storyId))
                .when().post("/api/bundles").then()
                .statusCode(400)
                .body("type", equalTo(ProblemType.UNKNOWN_PARAMETER.uri()))
                .body("errors[0].field", equalTo("dryRun"));
    }
}
