package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelationTest {

    private static io.restassured.response.ValidatableResponse relate(String story, String from, String to, String type) {
        return given().contentType(ContentType.JSON).body(json("fromEventId", from, "toEventId", to, "type", type))
                .when().post("/api/timeline/stories/" + story + "/relations").then();
    }

    @Test
    void theNineteenPointPlanRevisesTheTwentyEightPointPlan() {
        String story = newStory();
        String plan28 = newEvent(story, "28-point plan", "2025-W47", "kind", "PROPOSAL");
        String plan19 = newEvent(story, "19-point plan", "2025-11-23", "kind", "PROPOSAL");
        String id = relate(story, plan19, plan28, "REVISES").statusCode(201)
                .header("Location", containsString("/relations/"))
                .body("fromEventId", equalTo(plan19)).body("toEventId", equalTo(plan28)).body("type", equalTo("REVISES"))
                .extract().path("id");
        given().when().get("/api/timeline/stories/" + story + "/relations").then().statusCode(200)
                .body("items.id", contains(id));
        given().when().get("/api/timeline/stories/" + story + "/relations/" + id).then().statusCode(200)
                .header("ETag", "\"0\"");
        given().when().delete("/api/timeline/stories/" + story + "/relations/" + id).then().statusCode(428);
        given().header("If-Match", "\"1\"").when().delete("/api/timeline/stories/" + story + "/relations/" + id)
                .then().statusCode(412);
        given().header("If-Match", "\"0\"").when().delete("/api/timeline/stories/" + story + "/relations/" + id)
                .then().statusCode(204);
        given().header("If-Match", "*").when().delete("/api/timeline/stories/" + story + "/relations/" + id)
                .then().statusCode(404);
        given().when().get("/api/timeline/stories/" + story + "/relations").then().body("items", hasSize(0));
    }

    @Test
    void aDuplicateRelationIsConflict() {
        String story = newStory();
        String visit = newEvent(story, "Visit", "2025-12-01");
        String announcement = newEvent(story, "Announcement", "2025-11-27");
        relate(story, visit, announcement, "FOLLOWS").statusCode(201);
        relate(story, visit, announcement, "FOLLOWS").statusCode(409).contentType("application/problem+json");
        relate(story, visit, announcement, "CONTRADICTS").statusCode(201);
    }

    @Test
    void anEventCannotRelateToItself() {
        String story = newStory();
        String talks = newEvent(story, "Talks", "2025-11-23");
        relate(story, talks, talks, "FOLLOWS").statusCode(422).body("errors.field", contains("toEventId"));
    }

    @Test
    void bothEventsMustBelongToTheStory() {
        String story = newStory();
        String other = newStory();
        String mine = newEvent(story, "Mine", "2025-11-23");
        String theirs = newEvent(other, "Theirs", "2025-11-23");
        relate(story, mine, theirs, "FOLLOWS").statusCode(422).body("errors.field", contains("toEventId"));
        relate(story, UUID.randomUUID().toString(), mine, "FOLLOWS").statusCode(422).body("errors.field", contains("fromEventId"));
        given().contentType(ContentType.JSON).body(json("fromEventId", "nope", "toEventId", mine, "type", "FOLLOWS"))
                .when().post("/api/timeline/stories/" + story + "/relations").then().statusCode(400);
    }

    @Test
    void partOfCannotCloseACycle() {
        String story = newStory();
        String geneva = newEvent(story, "Geneva talks", "2025-11-23");
        String round = newEvent(story, "Negotiation round", "2025-W48");
        String negotiations = newEvent(story, "Peace negotiations", "2025");
        relate(story, geneva, round, "PART_OF").statusCode(201);
        relate(story, round, negotiations, "PART_OF").statusCode(201);
        relate(story, negotiations, geneva, "PART_OF").statusCode(422)
                .body("type", equalTo("urn:newsroom:problem:part-of-cycle"));
        relate(story, round, geneva, "PART_OF").statusCode(422);
        // Other types may point back: a cycle only matters for containment.
        relate(story, negotiations, geneva, "FOLLOWS").statusCode(201);
    }

    @Test
    void deletingAnEventRemovesItsRelations() {
        String story = newStory();
        String a = newEvent(story, "A", "2025-11-23");
        String b = newEvent(story, "B", "2025-11-24");
        relate(story, a, b, "FOLLOWS").statusCode(201);
        given().header("If-Match", "*").when().delete("/api/timeline/stories/" + story + "/events/" + b).then().statusCode(204);
        given().when().get("/api/timeline/stories/" + story + "/relations").then().body("items", hasSize(0));
    }
}
