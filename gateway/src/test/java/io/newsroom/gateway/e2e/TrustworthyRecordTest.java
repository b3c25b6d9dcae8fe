package io.newsroom.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.gateway.support.Eventually;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What issue 11 asks of the record, through the gateway and the real services: only an editor writes, and the
 * record names them; a claim refers to a real event, and is refused honestly when that cannot be checked; the story
 * can be read as it stood at an instant; a story deleted and imported again comes back whole, every time, and
 * nothing is ever created twice.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class TrustworthyRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The demo story under a slug of this test's own, so the tests of this class share one system without meeting. */
    private static String demoBundleAs(String storyId) throws IOException {
        try (InputStream in = TrustworthyRecordTest.class.getResourceAsStream("/demo/ukraine-peace-plan.json")) {
            ObjectNode bundle = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ((ObjectNode) bundle.get("story")).put("id", storyId);
            return JSON.writeValueAsString(bundle);
        }
    }

    private static String timeline() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.timeline.url", String.class) + "/api/timeline";
    }

    private static String claims() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.claims.url", String.class) + "/api/claims";
    }

    /** A small story of its own: one event, a claim made at it, a stance on the claim, and a verdict when asked. */
    private static String smallBundle(String storyId, boolean withVerdict) {
        String verdict = withVerdict
                ? ",\"verdict\":{\"rating\":\"MOSTLY_FALSE\",\"explanation\":\"Nothing was signed\",\"reviewer\":\"Fact Desk\","
                        + "\"reviewedAt\":\"2025-11-28T10:00:00Z\"}"
                : "";
        return """
                {"format":"newsroom-story-bundle","version":1,
                 "story":{"id":"%s","title":"Talks in Geneva","tags":["diplomacy"]},
                 "events":[{"id":"e1","title":"Delegations meet in Geneva","kind":"MEETING","when":{"edtf":"2025-11-23"},"status":"SCHEDULED"}],
                 "actors":[{"id":"a1","name":"Envoy %s","kind":"PERSON"},{"id":"a2","name":"Analyst %s","kind":"PERSON"}],
                 "claims":[{"id":"c1","proposition":"The talks produced an agreed text.","claimantId":"a1","eventId":"e1",
                            "madeAt":{"edtf":"2025-11-23"},
                            "stances":[{"id":"s1","actorId":"a2","position":"SUPPORTS","summary":"A text was agreed",
                                        "takenAt":"2025-11-24T09:00:00Z"}]%s}]}
                """.formatted(storyId, storyId, storyId, verdict);
    }

    private static JsonPath importBundle(String bundle, int status) {
        return given().contentType(ContentType.JSON).body(bundle).when().post("/api/bundles")
                .then().log().ifValidationFails().statusCode(status).body("rejected", empty())
                .extract().jsonPath();
    }

    private static void assertWhole(String storyId) {
        given().when().get("/api/stories/{id}", storyId).then().log().ifValidationFails()
                .statusCode(200)
                .body("degraded", empty())
                .body("story.title", equalTo("The US peace plan for Ukraine"))
                .body("timeline", hasSize(14))
                .body("counts.events", equalTo(14))
                .body("counts.claims", equalTo(10))
                .body("counts.stances", equalTo(8))
                .body("relations.find { it.type == 'REVISES' }.fromTitle", equalTo("Plan cut down to 19 points"))
                .body("timeline.find { it.event.title == 'Putin speaks to reporters in Bishkek' }.claims", hasSize(4))
                .body("coverage.articleCount", equalTo(3));
    }

    @Test
    void everyWriteThroughTheGatewayNeedsAnEditorAndTheRecordNamesThatEditor() {
        String storyId = "editors-only-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(TestCaller.ANONYMOUS).contentType(ContentType.JSON).body(smallBundle(storyId, false))
                .when().post("/api/bundles")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.as("reader")).contentType(ContentType.JSON).body(smallBundle(storyId, false))
                .when().post("/api/bundles")
                .then().statusCode(403).body("type", equalTo("urn:newsroom:problem:forbidden"));
        given().when().get(timeline() + "/stories/{id}", storyId).then().statusCode(404);

        JsonPath report = given().header(TestCaller.as("editor", "Ada Editor")).contentType(ContentType.JSON)
                .body(smallBundle(storyId, false)).when().post("/api/bundles")
                .then().log().ifValidationFails().statusCode(201).body("rejected", empty()).extract().jsonPath();
        String claimId = report.getString("created.find { it.kind == 'claim' }.id");
        for (String revisions : List.of(timeline() + "/stories/" + storyId + "/revisions",
                claims() + "/stories/" + storyId + "/claims/" + claimId + "/revisions")) {
            given().when().get(revisions).then().log().ifValidationFails().statusCode(200)
                    .body("items[0].author.name", equalTo("Ada Editor"))
                    .body("items[0].author.subject", equalTo("local:ada-editor"));
        }

        // The services see the editor's own token: a verdict needs a fact-checker, so an editor's is refused, alone.
        String withVerdict = "verdict-needs-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(TestCaller.as("editor", "Ada Editor")).contentType(ContentType.JSON).body(smallBundle(withVerdict, true))
                .when().post("/api/bundles")
                .then().log().ifValidationFails().statusCode(201)
                .body("rejected.item.kind", equalTo(List.of("verdict")))
                .body("rejected[0].reason", containsString("(403)"));
        given().header(TestCaller.as("editor,fact-checker", "Ada Editor")).contentType(ContentType.JSON)
                .body(smallBundle(withVerdict, true)).when().post("/api/bundles")
                .then().statusCode(201).body("rejected", empty()).body("created.kind", equalTo(List.of("verdict")));
    }

    @Test
    void aClaimOnAnUnknownEventIs422AndWithTheTimelineStopped503WithNothingWritten() {
        String storyId = "references-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("id", storyId, "title", "References that hold"))
                .when().post(timeline() + "/stories").then().statusCode(201);
        String claimant = given().contentType(ContentType.JSON).body(Map.of("name", "Speaker " + storyId, "kind", "PERSON"))
                .when().post(claims() + "/actors").then().statusCode(201).extract().path("id");
        Map<String, Object> claim = Map.of("proposition", "The meeting took place.", "claimantId", claimant,
                "madeAt", Map.of("edtf", "2025-11-23"), "eventId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(claim).when().post(claims() + "/stories/{id}/claims", storyId)
                .then().log().ifValidationFails().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:reference"));
        given().contentType(ContentType.JSON).body(Map.of("proposition", "x", "claimantId", claimant, "madeAt", Map.of("edtf", "2025")))
                .when().post(claims() + "/stories/{id}/claims", "no-such-story-" + storyId)
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:reference"));

        RealServices.killTimeline();
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("proposition", "Said while the timeline was down.", "claimantId", claimant, "madeAt", Map.of("edtf", "2025-11-24")))
                    .when().post(claims() + "/stories/{id}/claims", storyId)
                    .then().log().ifValidationFails().statusCode(503).header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:newsroom:problem:unavailable"));
            given().when().get(claims() + "/stories/{id}/claims", storyId).then().statusCode(200).body("items", empty());
        } finally {
            RealServices.startTimeline();
        }
    }

    @Test
    void theStoryAsOfAnEarlierInstantShowsTheTitleDateStatusStanceAndVerdictOfThen() throws InterruptedException {
        String storyId = "as-of-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath report = importBundle(smallBundle(storyId, true), 201);
        String eventId = report.getString("created.find { it.kind == 'event' }.id");
        String claimId = report.getString("created.find { it.kind == 'claim' }.id");
        String analyst = report.getString("created.find { it.kind == 'actor' && it.key == 'a2' }.id");
        Thread.sleep(300);
        String then = Instant.now().toString();
        Thread.sleep(300);

        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("title", "Delegations meet in Geneva, a day late", "kind", "MEETING", "when", Map.of("edtf", "2025-11-24")))
                .when().put(timeline() + "/stories/{s}/events/{e}", storyId, eventId).then().log().ifValidationFails().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "OCCURRED", "unsourced", true, "at", Instant.now().toString()))
                .when().post(timeline() + "/stories/{s}/events/{e}/transitions", storyId, eventId).then().log().ifValidationFails().statusCode(201);
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", "DISPUTES", "summary", "No text was agreed", "takenAt", Instant.now().toString()))
                .when().put(claims() + "/stories/{s}/claims/{c}/stances/{a}", storyId, claimId, analyst)
                .then().log().ifValidationFails().statusCode(200);
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "FALSE", "explanation", "No text exists", "reviewer", "Fact Desk", "reviewedAt", "2025-11-29T10:00:00Z"))
                .when().put(claims() + "/stories/{s}/claims/{c}/verdict", storyId, claimId).then().log().ifValidationFails().statusCode(200);

        given().when().get("/api/stories/{id}", storyId).then().log().ifValidationFails().statusCode(200)
                .body("asOf", nullValue())
                .body("timeline[0].event.title", equalTo("Delegations meet in Geneva, a day late"))
                .body("timeline[0].event.when.edtf", equalTo("2025-11-24"))
                .body("timeline[0].event.status", equalTo("OCCURRED"))
                .body("claims[0].stances[0].position", equalTo("DISPUTES"))
                .body("claims[0].status", equalTo("DISPUTED"))
                .body("claims[0].verdict.rating", equalTo("FALSE"));
        given().queryParam("asOf", then).when().get("/api/stories/{id}", storyId).then().log().ifValidationFails().statusCode(200)
                .body("asOf", equalTo(then))
                .body("degraded", empty())
                .body("timeline[0].event.title", equalTo("Delegations meet in Geneva"))
                .body("timeline[0].event.when.edtf", equalTo("2025-11-23"))
                .body("timeline[0].event.status", equalTo("SCHEDULED"))
                .body("claims[0].stances[0].position", equalTo("SUPPORTS"))
                .body("claims[0].status", equalTo("SUPPORTED"))
                .body("claims[0].verdict.rating", equalTo("MOSTLY_FALSE"));
        given().queryParam("asOf", then).when().get("/stories/{id}", storyId).then().statusCode(200)
                .body(containsString("This is the story as it stood on"))
                .body(containsString("Delegations meet in Geneva</h3>"))
                .body(not(containsString("a day late")));

        given().queryParam("asOf", then).when().get("/api/stories/{id}/exports/timelinejs", storyId).then()
                .log().ifValidationFails().statusCode(200)
                .body("events[0].text.headline", equalTo("Delegations meet in Geneva"))
                .body("events[0].start_date.day", equalTo(23));
        given().queryParam("asOf", then).when().get("/api/stories/{id}/exports/claimreview", storyId).then()
                .log().ifValidationFails().statusCode(200)
                .body("[0].reviewRating.alternateName", equalTo("Mostly false"));
        given().queryParam("asOf", then).when().get("/api/stories/{id}/bundle", storyId).then()
                .log().ifValidationFails().statusCode(200)
                .body("events[0].title", equalTo("Delegations meet in Geneva"))
                .body("claims[0].stances[0].position", equalTo("SUPPORTS"));
    }

    @Test
    void aDeletedStoryComesBackWholeFromItsBundleEveryTimeAndNothingIsCreatedTwice() throws IOException {
        String storyId = "deleted-and-back-" + UUID.randomUUID().toString().substring(0, 8);
        String bundle = demoBundleAs(storyId);
        importBundle(bundle, 201);
        assertWhole(storyId);

        for (int round = 1; round <= 2; round++) {
            given().header("If-Match", "*").when().delete(timeline() + "/stories/{id}", storyId).then().statusCode(204);
            given().when().get("/api/stories/{id}", storyId).then().statusCode(404);
            // claims-service learns of the delete from timeline-service's feed and deletes the story's claims with it;
            // the story comes back once that is done, as a desk restoring it from its bundle would find it.
            Eventually.until("claims-service deleted the story's claims with it", () -> given()
                    .get(claims() + "/stories/{id}/claims", storyId).then().statusCode(200)
                    .extract().jsonPath().getList("items").isEmpty());

            JsonPath back = importBundle(bundle, 201);
            assertEquals(List.of("story"), back.getList("created.findAll { it.kind == 'story' }.kind"), "round " + round);
            assertEquals(14, back.getList("created.findAll { it.kind == 'event' }").size()
                    + back.getList("existing.findAll { it.kind == 'event' }").size(), "round " + round);
            assertWhole(storyId);

            JsonPath again = importBundle(bundle, 200);
            assertEquals(List.of(), again.getList("created"), "round " + round + ": a repeated import creates nothing");
            assertWhole(storyId);
        }
    }
}
