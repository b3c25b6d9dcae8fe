package io.newsroom.timeline.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.newsroom.timeline.rest.TestStories.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryResourceTest {

    @Test
    void createThenReadAStory() {
        String id = slug("ukraine-peace-plan");
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "title", "US peace plan for Ukraine", "summary", "Talks on ending the war.",
                        "tags", java.util.List.of("ukraine", "diplomacy")))
                .when().post("/api/timeline/stories")
                .then().statusCode(201)
                .header("Location", endsWith("/api/timeline/stories/" + id))
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("tags", contains("ukraine", "diplomacy"))
                .body("createdAt", notNullValue()).extract().response();
        assertConforms("createStory", created);
        assertConforms("getStory", given().when().get("/api/timeline/stories/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo("US peace plan for Ukraine"))
                .extract().response());
    }

    @Test
    void duplicateSlugIsConflict() {
        String id = newStory();
        given().contentType(ContentType.JSON).body(Map.of("id", id, "title", "Again"))
                .when().post("/api/timeline/stories")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:conflict"))
                .body("status", equalTo(409))
                .body("instance", equalTo("/api/timeline/stories"));
    }

    @Test
    void slugMustBeReadable() {
        given().contentType(ContentType.JSON).body(Map.of("id", "Not A Slug", "title", "x"))
                .when().post("/api/timeline/stories")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("id"));
    }

    @Test
    void unknownStoryIsNotFound() {
        assertConforms("getStory", given().when().get("/api/timeline/stories/" + slug("missing"))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:not-found")).extract().response());
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String id = newStory();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "First edit"))
                .when().put("/api/timeline/stories/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("First edit"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "Lost update"))
                .when().put("/api/timeline/stories/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:stale-version"));
        given().when().get("/api/timeline/stories/" + id).then().body("title", equalTo("First edit"));
    }

    @Test
    void aWeakOrMalformedIfMatchNeverMatches() {
        String id = newStory();
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(Map.of("title", "Weak"))
                .when().put("/api/timeline/stories/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "zero").body(Map.of("title", "Malformed"))
                .when().put("/api/timeline/stories/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("title", "Any version"))
                .when().put("/api/timeline/stories/" + id).then().statusCode(200);
    }

    @Test
    void deletingAStoryDeletesItsTimeline() {
        String id = newStory();
        TestStories.newEvent(id, "Geneva talks", "2025-11-23");
        given().header("If-Match", "*").when().delete("/api/timeline/stories/" + id).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("id", id, "title", "Recreated"))
                .when().post("/api/timeline/stories").then().statusCode(201);
        given().when().get("/api/timeline/stories/" + id + "/events").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().when().get("/api/timeline/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().patch("/api/timeline/stories").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void deleteAnswersNoContentAndTheStoryIsGone() {
        String id = newStory();
        given().header("If-Match", "*").when().delete("/api/timeline/stories/" + id).then().statusCode(204);
        given().when().get("/api/timeline/stories/" + id).then().statusCode(404);
    }

    @Test
    void listPagesByCursorWithNextLink() {
        for (int i = 0; i < 3; i++) {
            newStory();
        }
        var first = given().queryParam("limit", 2).when().get("/api/timeline/stories")
                .then().statusCode(200).body("items", hasSize(2)).extract();
        assertConforms("listStories", first.response());
        String next = first.path("nextCursor");
        String link = first.header("Link");
        org.junit.jupiter.api.Assertions.assertNotNull(next);
        org.junit.jupiter.api.Assertions.assertTrue(link.contains("after=" + next) && link.endsWith("rel=\"next\""), link);
        String lastOfFirst = first.path("items[1].id");
        given().queryParam("limit", 2).queryParam("after", next).when().get("/api/timeline/stories")
                .then().statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.greaterThan(lastOfFirst));
    }
}
