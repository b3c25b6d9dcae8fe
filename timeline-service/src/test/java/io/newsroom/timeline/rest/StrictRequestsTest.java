package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.event;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a request may carry: only the fields and query parameters of its operation, read strictly. */
@QuarkusTest
class StrictRequestsTest {

    @Test
    void aSixThousandCharacterIdIsAnsweredWithAProblemNotADroppedConnection() {
        String id = "x".repeat(6000);
        given().when().get("/api/timeline/stories/" + id)
                .then().statusCode(anyOf(equalTo(400), equalTo(404))).contentType("application/problem+json")
                .body("type", startsWith("urn:newsroom:problem:"));
        given().when().get("/api/timeline/stories/" + newStory() + "/events/" + id)
                .then().statusCode(anyOf(equalTo(400), equalTo(404))).contentType("application/problem+json");
    }

    @Test
    void anUnknownBodyFieldIsRefusedNamingItsJsonPath() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("Geneva talks", "2025-11-23", "colour", "blue"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:unknown-field"))
                .body("title", equalTo("The body has a field this operation does not take"))
                .body("status", equalTo(400))
                .body("errors.field", contains("colour"))
                .body("errors.message", contains("is not a field of this operation"));
        given().contentType(ContentType.JSON)
                .body(event("Geneva talks", "2025-11-23", "participants", List.of(json("name", "Rubio", "nickname", "M"))))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("errors.field", contains("participants[0].nickname"));
        given().when().get("/api/timeline/stories/" + story + "/events").then().body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void anUnknownQueryParameterIsRefusedNamingIt() {
        String story = newStory();
        String id = newEvent(story, "Geneva talks", "2025-11-23");
        given().queryParam("updatedSince", "2025-11-25T00:00:00Z")
                .when().get("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:unknown-parameter"))
                .body("errors.field", contains("updatedSince"));
        // A single event takes asOf too, like every read.
        given().queryParam("asOf", java.time.Instant.now().toString())
                .when().get("/api/timeline/stories/" + story + "/events/" + id).then().statusCode(200);
        given().queryParam("updatedSince", "2025-11-25T00:00:00Z").queryParam("limit", 5)
                .when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("type", equalTo("urn:newsroom:problem:unknown-parameter"))
                .body("errors.field", contains("updatedSince"))
                .body("detail", containsString("updatedSince"));
        // The declared ones still work, including asOf where the operation takes it.
        given().queryParam("asOf", java.time.Instant.now().toString()).queryParam("limit", 5)
                .when().get("/api/timeline/stories/" + story + "/events").then().statusCode(200);
    }

    @Test
    void unreadableRequestsAreBadRequestsOfTheCatalogue() {
        String story = newStory();
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("type", equalTo("urn:newsroom:problem:bad-request"))
                .body("title", equalTo("The request cannot be read")).body("$", not(hasKey("errors")));
        given().contentType(ContentType.JSON).body(json("title", List.of("not", "text"), "kind", "MEETING",
                        "when", Map.of("edtf", "2025")))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("type", equalTo("urn:newsroom:problem:bad-request"))
                .body("errors.field", contains("title"));
        given().queryParam("limit", "many").when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("errors.field", contains("limit"));
        given().queryParam("limit", 201).when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", contains("limit"));
        given().queryParam("after", "%%%").when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("errors.field", contains("after"));
        given().when().get("/api/timeline/stories/" + story + "/events/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:newsroom:problem:not-found")).body("title", equalTo("Not found"));
        given().contentType(ContentType.TEXT).body("plain").when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(415).body("type", equalTo("urn:newsroom:problem:unsupported-media-type"));
    }

    @Test
    void aReplayAnswersTheSameStatusLocationETagAndBody() {
        String story = newStory();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = event("Witkoff visits Moscow", "2025-W49~");
        var first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).header("ETag", "\"0\"").extract();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).header("Idempotency-Replayed", "true").header("ETag", "\"0\"")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "with space").body(body)
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("errors.field", contains("Idempotency-Key"));
    }
}
