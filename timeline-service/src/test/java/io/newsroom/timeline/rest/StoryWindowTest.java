package io.newsroom.timeline.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The story view's timeline half: one page of a story with everything a reader sees around it. */
@QuarkusTest
class StoryWindowTest {

    private static final String STORIES = "/api/timeline/stories/";

    @Test
    void aWindowIsOnePageWithTheCountsOfTheWholeStoryAndThePagesOwnRelations() {
        String story = newStory();
        String alaska = newEvent(story, "Alaska summit", "2025-08-15");
        String plan = newEvent(story, "19-point plan drafted in Geneva", "2025-11-23");
        String moscow = newEvent(story, "Witkoff visits Moscow", "2025-W49~");
        relate(story, plan, alaska, "FOLLOWS");
        // Crosses the page boundary: not a relation of the first page, but counted.
        relate(story, moscow, plan, "FOLLOWS");
        String domain = "wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        given().contentType(ContentType.JSON).body(json("name", "The Wire", "domain", domain, "bias", "CENTER"))
                .when().post("/api/timeline/outlets").then().statusCode(201);
        addArticle(story, "https://" + domain + "/plan");
        addArticle(story, "https://news." + domain + "/geneva");
        addArticle(story, "https://unknown-" + UUID.randomUUID().toString().substring(0, 8) + ".example/moscow");

        ExtractableResponse<Response> first = given().queryParam("limit", 2)
                .when().get(STORIES + story + "/window")
                .then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .header("Link", containsString("rel=\"next\""))
                .body("story.id", equalTo(story))
                .body("events.title", contains("Alaska summit", "19-point plan drafted in Geneva"))
                .body("nextCursor", notNullValue())
                .body("counts.events", equalTo(3))
                .body("counts.articles", equalTo(3))
                .body("counts.outlets", equalTo(1))
                .body("counts.relations", equalTo(2))
                .body("relations", hasSize(1))
                .body("relations[0].fromEventId", equalTo(plan))
                .body("relations[0].toEventId", equalTo(alaska))
                .body("relations[0].type", equalTo("FOLLOWS"))
                .body("coverage.articleCount", equalTo(3))
                .body("coverage.unmatchedArticleCount", equalTo(1))
                .body("coverage.outlets[0].domain", equalTo(domain))
                .extract();
        assertConforms("getStoryWindow", first.response());

        // The same summary as the coverage operation, the same events as the timeline list.
        assertEquals(given().when().get(STORIES + story + "/coverage").then().statusCode(200).extract().jsonPath().getMap(""),
                first.jsonPath().getMap("coverage"));
        ExtractableResponse<Response> timeline = given().queryParam("limit", 2).when().get(STORIES + story + "/events")
                .then().statusCode(200).extract();
        assertConforms("listEvents", timeline.response());
        assertConforms("getCoverage", given().when().get(STORIES + story + "/coverage").then().statusCode(200).extract().response());
        assertEquals(timeline.jsonPath().getList("items"), first.jsonPath().getList("events"));
        assertEquals(timeline.jsonPath().getString("nextCursor"), first.jsonPath().getString("nextCursor"));

        assertConforms("getStoryWindow", given().queryParam("limit", 2).queryParam("after", first.path("nextCursor").toString())
                .when().get(STORIES + story + "/window")
                .then().statusCode(200)
                .header("Link", nullValue())
                .body("events.id", contains(moscow))
                .body("nextCursor", nullValue())
                .body("relations", empty())
                .body("counts.events", equalTo(3)).extract().response());
    }

    @Test
    void anUnchangedWindowIsNotSentAgain() {
        String story = newStory();
        newEvent(story, "Geneva talks", "2025-11-23");
        String etag = given().when().get(STORIES + story + "/window").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(STORIES + story + "/window")
                .then().statusCode(304).header("ETag", equalTo(etag));

        newEvent(story, "Putin speaks in Bishkek", "2025-11-27");
        String changed = given().header("If-None-Match", etag).when().get(STORIES + story + "/window")
                .then().statusCode(200).body("counts.events", equalTo(2)).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void theWindowsTagChangesWithEveryWriteItShowsAndOnlyThen() {
        String story = newStory();
        String event = newEvent(story, "Geneva talks", "2025-11-23");
        String domain = "desk-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String outlet = given().contentType(ContentType.JSON).body(json("name", "The Desk", "domain", domain, "bias", "CENTER"))
                .when().post("/api/timeline/outlets").then().statusCode(201).extract().path("id");
        addArticle(story, "https://" + domain + "/geneva");
        String tag = windowTag(story);

        // Another story's writes are not this window's.
        newEvent(newStory(), "Elsewhere", "2025-11-24");
        assertEquals(tag, windowTag(story));

        String eventTag = given().when().get(STORIES + story + "/events/" + event).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", eventTag).body(TestStories.event("Geneva talks end", "2025-11-23"))
                .when().put(STORIES + story + "/events/" + event).then().statusCode(200);
        tag = changedTag(story, tag);

        // An outlet belongs to no story, yet every window names its outlets.
        String outletTag = given().when().get("/api/timeline/outlets/" + outlet).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", outletTag)
                .body(json("name", "The Desk Weekly", "domain", domain, "bias", "LEAN_LEFT"))
                .when().put("/api/timeline/outlets/" + outlet).then().statusCode(200);
        tag = changedTag(story, tag);
        given().when().get(STORIES + story + "/window").then().statusCode(200)
                .body("coverage.outlets[0].name", equalTo("The Desk Weekly"));

        given().header("If-Match", "*").when().delete(STORIES + story + "/events/" + event).then().statusCode(204);
        changedTag(story, tag);

        // As of an instant a window is a record of then: nothing is based on it, so it has no tag. (The instant is
        // after every write above: a second ago, the story may not have existed yet.)
        given().queryParam("asOf", java.time.Instant.now().toString()).when().get(STORIES + story + "/window")
                .then().statusCode(200).header("ETag", nullValue());
    }

    private static String windowTag(String story) {
        return given().when().get(STORIES + story + "/window").then().statusCode(200).extract().header("ETag");
    }

    /** The window answers 200 to the old tag, with a new one; the new one gets 304. */
    private static String changedTag(String story, String old) {
        String now = given().header("If-None-Match", old).when().get(STORIES + story + "/window")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(old, now);
        given().header("If-None-Match", now).when().get(STORIES + story + "/window").then().statusCode(304);
        return now;
    }

    @Test
    void anEmptyStoryHasAnEmptyWindow() {
        String story = newStory();
        given().when().get(STORIES + story + "/window").then().statusCode(200)
                .body("events", empty()).body("relations", empty()).body("nextCursor", nullValue())
                .body("counts.events", equalTo(0)).body("counts.articles", equalTo(0))
                .body("coverage.byBias", not(empty()));
    }

    @Test
    void anUnknownStoryAndABadPageAreProblems() {
        given().when().get(STORIES + "no-such-story-" + UUID.randomUUID().toString().substring(0, 8) + "/window")
                .then().statusCode(404).contentType("application/problem+json");
        String story = newStory();
        given().queryParam("limit", 201).when().get(STORIES + story + "/window")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains("limit"));
        given().queryParam("after", "not-a-cursor").when().get(STORIES + story + "/window")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void relate(String story, String from, String to, String type) {
        given().contentType(ContentType.JSON).body(json("fromEventId", from, "toEventId", to, "type", type))
                .when().post(STORIES + story + "/relations").then().statusCode(201);
    }

    private static void addArticle(String story, String url) {
        given().contentType(ContentType.JSON)
                .body(json("url", url, "title", "Report", "publishedAt", "2025-11-28T09:00:00Z"))
                .when().post(STORIES + story + "/articles").then().statusCode(201);
    }
}
