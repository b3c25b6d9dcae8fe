package io.newsroom.timeline.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.timeline.rest.TestStories.event;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every write leaves a revision naming its author, with each changed field before and after. */
@QuarkusTest
class RevisionTest {

    private static final String STORIES = "/api/timeline/stories/";

    @Test
    void anEditorsChangeOfTitleAndDateIsRecordedUnderHerName() {
        String story = newStory();
        String event = newEvent(story, "Geneva talks", "2025-11-23", "participants", List.of(json("name", "Marco Rubio")));
        given().header(TestCaller.as("editor", "Ada Editor")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Geneva talks on the 19-point plan", "2025-11-23/2025-11-24",
                        "participants", List.of(json("name", "Marco Rubio"))))
                .when().put(STORIES + story + "/events/" + event)
                .then().statusCode(200);

        var revisions = given().when().get(STORIES + story + "/events/" + event + "/revisions")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.number", contains(2, 1))
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].resourceType", equalTo("event"))
                .body("items[0].resourceId", equalTo(event))
                .body("items[0].storyId", equalTo(story))
                .body("items[0].author.subject", equalTo("local:ada-editor"))
                .body("items[0].author.name", equalTo("Ada Editor"))
                .body("items[0].changes.field", contains("title", "when"))
                .body("items[0].changes[0].before", equalTo("Geneva talks"))
                .body("items[0].changes[0].after", equalTo("Geneva talks on the 19-point plan"))
                .body("items[0].changes[1].before.edtf", equalTo("2025-11-23"))
                .body("items[0].changes[1].after.edtf", equalTo("2025-11-23/2025-11-24"))
                .body("items[0].state.title", equalTo("Geneva talks on the 19-point plan"))
                .body("items[1].author.subject", equalTo(TestCaller.SUBJECT))
                .body("items[1].author.name", equalTo(TestCaller.NAME))
                .body("items[1].changes.field", org.hamcrest.Matchers.hasItems("title", "when", "participants"))
                .body("items[1].changes[0].before", nullValue()).extract().response();
        assertConforms("listEventRevisions", revisions);
    }

    @Test
    void revisionsPageNewestFirstWithALink() {
        String story = newStory();
        for (int i = 1; i <= 3; i++) {
            given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("title", "Take " + i))
                    .when().put(STORIES + story).then().statusCode(200);
        }
        var first = given().queryParam("limit", 2).when().get(STORIES + story + "/revisions")
                .then().statusCode(200).body("items.number", contains(4, 3))
                .body("items[0].changes[0].field", equalTo("title"))
                .body("items[0].changes[0].before", equalTo("Take 2"))
                .body("nextCursor", notNullValue()).extract();
        org.junit.jupiter.api.Assertions.assertTrue(first.header("Link").contains("rel=\"next\""), first.header("Link"));
        given().queryParam("limit", 2).queryParam("after", (String) first.path("nextCursor"))
                .when().get(STORIES + story + "/revisions")
                .then().statusCode(200).body("items.number", contains(2, 1)).body("nextCursor", nullValue());
    }

    @Test
    void aStatusChangeIsARevisionOfTheTransitionAndOfItsEvent() {
        String story = newStory();
        String event = newEvent(story, "Witkoff visits Moscow", "2025-12-01/2025-12-03");
        String transition = given().contentType(ContentType.JSON)
                .body(json("status", "OCCURRED", "citation", json("url", "https://example.org/visit", "publishedAt", "2025-12-02T18:00:00Z")))
                .when().post(STORIES + story + "/events/" + event + "/transitions")
                .then().statusCode(201).extract().path("id");
        given().when().get(STORIES + story + "/events/" + event + "/revisions")
                .then().statusCode(200).body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("status"))
                .body("items[0].changes[0].before", equalTo("SCHEDULED"))
                .body("items[0].changes[0].after", equalTo("OCCURRED"));
        given().when().get(STORIES + story + "/events/" + event + "/transitions/" + transition + "/revisions")
                .then().statusCode(200).body("items.action", contains("CREATED"))
                .body("items[0].resourceType", equalTo("transition"));
    }

    @Test
    void everyResourceHasRevisionsAndUnknownOnesAre404() {
        String story = newStory();
        String domain = "rev-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String outlet = given().contentType(ContentType.JSON).body(json("name", "Example", "domain", domain))
                .when().post("/api/timeline/outlets").then().statusCode(201).extract().path("id");
        String article = given().contentType(ContentType.JSON)
                .body(json("url", "https://" + domain + "/a", "publishedAt", "2025-11-24T10:00:00Z"))
                .when().post(STORIES + story + "/articles").then().statusCode(201).extract().path("id");
        String a = newEvent(story, "Plan", "2025-W47");
        String b = newEvent(story, "Revised plan", "2025-11-23");
        String relation = given().contentType(ContentType.JSON).body(json("fromEventId", b, "toEventId", a, "type", "REVISES"))
                .when().post(STORIES + story + "/relations").then().statusCode(201).extract().path("id");
        for (String path : List.of("/api/timeline/outlets/" + outlet, STORIES + story + "/articles/" + article,
                STORIES + story + "/relations/" + relation, STORIES + story)) {
            given().when().get(path + "/revisions").then().statusCode(200).body("items.action", contains("CREATED"));
        }
        given().when().get(STORIES + story + "/events/" + UUID.randomUUID() + "/revisions").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(STORIES + newStory() + "/articles/" + article + "/revisions").then().statusCode(404);
        given().when().get(STORIES + "no-such-story-ever/revisions").then().statusCode(404);
    }

    @Test
    void aDeleteIsARevisionAndTakesTheRevisionsOfWhatWentWithIt() {
        String story = newStory();
        String a = newEvent(story, "Plan", "2025-W47");
        String b = newEvent(story, "Revised plan", "2025-11-23");
        String relation = given().contentType(ContentType.JSON).body(json("fromEventId", b, "toEventId", a, "type", "REVISES"))
                .when().post(STORIES + story + "/relations").then().statusCode(201).extract().path("id");
        given().header("If-Match", "*").when().delete(STORIES + story).then().statusCode(204);

        given().when().get(STORIES + story + "/revisions").then().statusCode(200)
                .body("items.action", contains("DELETED", "CREATED"))
                .body("items[0].author.subject", equalTo(TestCaller.SUBJECT))
                .body("items[0].changes[0].field", equalTo("id"))
                .body("items[0].changes[0].after", nullValue())
                .body("items[0].state.id", equalTo(story));
        for (String path : List.of("/events/" + a, "/events/" + b, "/relations/" + relation)) {
            given().when().get(STORIES + story + path + "/revisions").then().statusCode(200)
                    .body("items.action", contains("DELETED", "CREATED"))
                    .body("items[0].changes[0].field", equalTo("id"))
                    .body("items[0].changes[0].before", org.hamcrest.Matchers.not(nullValue()));
        }
    }
}
