package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.event;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.timeline.api.EventInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits the OpenAPI document declares on inputs are the ones the service holds a request to: past one, the
 * answer is the problem naming the field or parameter, and nothing is written.
 */
@QuarkusTest
class InputLimitsTest {

    @Test
    void aBodyOverItsLimitsIsRefusedNamingEachField() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("x".repeat(301), "2025-11-23"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", contains("title"));
        given().contentType(ContentType.JSON).body(event("Geneva talks", "2025-11-23", "participants",
                        Collections.nCopies(101, json("name", "Rubio"))))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("participants"));
        given().contentType(ContentType.JSON).body(event("Geneva talks", "2025-11-23", "position", EventInput.MAX_POSITION + 1))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("position"));
        given().contentType(ContentType.JSON).body(event("Geneva talks", "2025-11-23", "position", -1))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("position"));
        given().contentType(ContentType.JSON).body(event("Geneva talks", "2025-11-23", "participants",
                        List.of(json("name", "Rubio", "wikidataId", "Q1234567890123"))))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", hasItem("participants[0].wikidataId"));
        given().when().get("/api/timeline/stories/" + story + "/events").then().body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void aQueryParameterOverItsLimitIsRefusedNamingIt() {
        String story = newStory();
        given().queryParam("q", "peace ".repeat(100)).when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:validation")).body("errors.field", contains("q"));
        given().queryParam("participant", "x".repeat(201)).when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("participant"));
        given().queryParam("from", "2".repeat(65)).when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("from"));
        given().queryParam("kind", Collections.nCopies(7, "MEETING")).when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("kind"));
        given().queryParam("domain", "a".repeat(254)).when().get("/api/timeline/outlets")
                .then().statusCode(422).body("errors.field", contains("domain"));
        given().queryParam("after", "A".repeat(Cursor.MAX_LENGTH + 1)).when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(400).body("errors.field", contains("after"));
        given().queryParam("types", "story.created,".repeat(ChangeQuery.MAX_TYPES_LENGTH / 10)).when().get("/api/timeline/changes")
                .then().statusCode(400).body("errors.field", contains("types"));
    }

    @Test
    void aConditionHeaderOverItsLimitIsRefusedNamingIt() {
        String story = newStory();
        String id = newEvent(story, "Geneva talks", "2025-11-23");
        given().header("If-Match", "\"0\", ".repeat(EntityTags.MAX_CONDITION_LENGTH / 4) + "\"0\"")
                .when().delete("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(400).body("errors.field", contains("If-Match"));
        given().when().get("/api/timeline/stories/" + story + "/events/" + id).then().statusCode(200);
    }
}
