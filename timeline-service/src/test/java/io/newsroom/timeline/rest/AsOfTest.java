package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.event;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.newsroom.timeline.rest.TestStories.timelineTitles;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What was known when: every read "as of" an instant shows the record as it stood then, from the revisions. */
@QuarkusTest
class AsOfTest {

    private static final String STORIES = "/api/timeline/stories/";

    @Test
    void anEventAsOfAnEarlierInstantHasTheTitleDateAndStatusOfThen() {
        String story = newStory();
        String visit = newEvent(story, "Witkoff to visit Moscow", "2025-W49~");
        String before = recordedAt(story, visit);
        given().header(TestCaller.as("editor", "Ada Editor")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Witkoff visits Moscow", "2025-12-02")).when().put(STORIES + story + "/events/" + visit)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(json("status", "OCCURRED",
                        "citation", json("url", "https://example.org/kremlin-talks", "publishedAt", "2025-12-02T21:00:00Z")))
                .when().post(STORIES + story + "/events/" + visit + "/transitions").then().statusCode(201);

        given().queryParam("asOf", before).when().get(STORIES + story + "/events/" + visit).then().statusCode(200)
                .header("ETag", nullValue())
                .body("title", equalTo("Witkoff to visit Moscow"))
                .body("when.edtf", equalTo("2025-W49~"))
                .body("status", equalTo("SCHEDULED"));
        given().queryParam("asOf", before).when().get(STORIES + story + "/events").then().statusCode(200)
                .body("items.title", contains("Witkoff to visit Moscow"))
                .body("items[0].when.edtf", equalTo("2025-W49~"))
                .body("items[0].status", equalTo("SCHEDULED"));
        given().queryParam("asOf", before).queryParam("limit", 10).when().get(STORIES + story + "/window").then().statusCode(200)
                .body("events.title", contains("Witkoff to visit Moscow"))
                .body("events[0].status", equalTo("SCHEDULED"))
                .body("counts.events", equalTo(1));
        given().queryParam("asOf", before).when().get(STORIES + story + "/events/" + visit + "/history").then()
                .statusCode(200).body("items.status", contains("SCHEDULED"));
        given().when().get(STORIES + story + "/events/" + visit).then()
                .body("title", equalTo("Witkoff visits Moscow")).body("status", equalTo("OCCURRED"));
        given().when().get(STORIES + story + "/events/" + visit + "/history").then().body("items.status", contains("SCHEDULED", "OCCURRED"));
    }

    @Test
    void asOfIncludesWhatWasDeletedSinceAndLeavesOutWhatCameLater() {
        String story = newStory();
        String summit = newEvent(story, "Alaska summit", "2025-08-15");
        String talks = newEvent(story, "Geneva talks", "2025-11-23");
        String relation = given().contentType(ContentType.JSON).body(json("fromEventId", talks, "toEventId", summit, "type", "FOLLOWS"))
                .when().post(STORIES + story + "/relations").then().statusCode(201).extract().path("recordedAt");
        String then = relation;
        newEvent(story, "Later addition", "2025-12-01");
        given().header("If-Match", "*").when().delete(STORIES + story + "/events/" + summit).then().statusCode(204);

        assertEquals(List.of("Geneva talks", "Later addition"), timelineTitles(story, Map.of()));
        assertEquals(List.of("Alaska summit", "Geneva talks"), timelineTitles(story, Map.of("asOf", then)));
        given().queryParam("asOf", then).when().get(STORIES + story + "/events/" + summit).then().statusCode(200)
                .body("title", equalTo("Alaska summit"));
        given().queryParam("asOf", then).when().get(STORIES + story + "/relations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].toEventId", equalTo(summit));
        given().when().get(STORIES + story + "/relations").then().body("items", empty());
        given().queryParam("asOf", then).when().get(STORIES + story + "/window").then().statusCode(200)
                .body("events.title", contains("Alaska summit", "Geneva talks"))
                .body("relations", hasSize(1)).body("counts.events", equalTo(2)).body("counts.relations", equalTo(1));
        String beforeStory = Instant.parse(given().when().get(STORIES + story).then().extract().<String>path("createdAt"))
                .minusMillis(1).toString();
        given().queryParam("asOf", beforeStory).when().get(STORIES + story + "/events").then().statusCode(404)
                .body("detail", containsString("there was no story"));
        given().queryParam("asOf", beforeStory).when().get(STORIES + story + "/events/" + talks).then().statusCode(404);
    }

    @Test
    void aDeletedStoryCanStillBeReadAsItWas() {
        String story = newStory();
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("title", "Peace plan, second draft"))
                .when().put(STORIES + story).then().statusCode(200);
        String edited = given().when().get(STORIES + story).then().extract().path("updatedAt");
        String event = newEvent(story, "Draft circulated", "2025-11-20");
        given().header("If-Match", "*").when().delete(STORIES + story).then().statusCode(204);
        String now = Instant.now().toString();

        given().queryParam("asOf", edited).when().get(STORIES + story).then().statusCode(200)
                .body("title", equalTo("Peace plan, second draft"));
        given().queryParam("asOf", now).when().get(STORIES + story).then().statusCode(404);
        // A page that starts just before the story's slug.
        String justBefore = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(story.substring(0, story.length() - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().queryParam("asOf", edited).queryParam("after", justBefore).queryParam("limit", 1).when().get(STORIES)
                .then().statusCode(200).body("items.id", contains(story)).body("items[0].title", equalTo("Peace plan, second draft"));
        given().queryParam("asOf", now).queryParam("after", justBefore).queryParam("limit", 1).when().get(STORIES)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(contains(story)));
        String eventThen = given().queryParam("asOf", Instant.parse(now).minusMillis(1).toString()).when()
                .get(STORIES + story + "/events/" + event).then().statusCode(404).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(eventThen.contains("there was no story"), eventThen);
    }

    @Test
    void filtersAndPagesApplyToTheRecordOfThen() {
        String story = newStory();
        String a = newEvent(story, event("Talks in Geneva", "2025-11-23", "language", "en",
                "participants", List.of(json("name", "Rustem Umerov", "wikidataId", "Q4115189"))));
        newEvent(story, "Plan unveiled", "2025-W47", "kind", "PROPOSAL");
        newEvent(story, "Visit", "2025-12-01", "status", "OCCURRED");
        String then = recordedAt(story, a);
        String firstTalks = Instant.parse(then).toString();
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body(event("Talks in Abu Dhabi", "2025-11-25", "participants", List.of(json("name", "Dan Driscoll"))))
                .when().put(STORIES + story + "/events/" + a).then().statusCode(200);
        String later = Instant.now().toString();

        assertEquals(List.of("Talks in Geneva"), timelineTitles(story, Map.of("asOf", firstTalks, "q", "geneva")));
        assertEquals(List.of(), timelineTitles(story, Map.of("asOf", later, "q", "geneva")));
        assertEquals(List.of("Talks in Geneva"), timelineTitles(story, Map.of("asOf", firstTalks, "participant", "Q4115189")));
        assertEquals(List.of("Talks in Abu Dhabi"), timelineTitles(story, Map.of("asOf", later, "participant", "dan driscoll")));
        assertEquals(List.of("Talks in Geneva"), timelineTitles(story, Map.of("asOf", firstTalks, "from", "2025-11-23", "to", "2025-11-23")));
        List<String> all = timelineTitles(story, Map.of("asOf", later));
        assertEquals(List.of("Plan unveiled", "Talks in Abu Dhabi", "Visit"), all);
        assertEquals(all, TimelineTest.walk(story, 1, Map.of("asOf", later)));
        assertEquals(List.of("Visit"), timelineTitles(story, Map.of("asOf", later, "status", "OCCURRED")));
        assertEquals(List.of("Plan unveiled"), timelineTitles(story, Map.of("asOf", later, "kind", "PROPOSAL")));
    }

    @Test
    void coverageArticlesAndOutletsAsOfShowTheRatingsAndArticlesOfThen() {
        String story = newStory();
        String domain = "asof-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String outlet = given().contentType(ContentType.JSON).body(Map.of("name", "Example Wire", "domain", domain, "bias", "LEFT"))
                .when().post("/api/timeline/outlets").then().statusCode(201).extract().path("id");
        String article = given().contentType(ContentType.JSON).body(json("url", "https://" + domain + "/one",
                        "publishedAt", "2025-11-24T10:00:00Z")).when().post(STORIES + story + "/articles")
                .then().statusCode(201).extract().path("recordedAt");
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("name", "Example Wire", "domain", domain, "bias", "CENTER"))
                .when().put("/api/timeline/outlets/" + outlet).then().statusCode(200);
        given().contentType(ContentType.JSON).body(json("url", "https://" + domain + "/two", "publishedAt", "2025-11-25T10:00:00Z"))
                .when().post(STORIES + story + "/articles").then().statusCode(201);

        given().queryParam("asOf", article).when().get(STORIES + story + "/coverage").then().statusCode(200)
                .body("articleCount", equalTo(1))
                .body("outlets[0].bias", equalTo("LEFT"))
                .body("byBias.find { it.bias == 'LEFT' }.articleCount", equalTo(1));
        given().when().get(STORIES + story + "/coverage").then()
                .body("articleCount", equalTo(2)).body("outlets[0].bias", equalTo("CENTER"));
        given().queryParam("asOf", article).when().get(STORIES + story + "/articles").then().statusCode(200)
                .body("items.url", contains("https://" + domain + "/one"));
        given().queryParam("asOf", article).when().get("/api/timeline/outlets/" + outlet).then().statusCode(200)
                .body("bias", equalTo("LEFT")).header("ETag", nullValue());
        given().queryParam("asOf", article).queryParam("domain", "www." + domain).when().get("/api/timeline/outlets")
                .then().statusCode(200).body("items.bias", contains("LEFT"));
        given().queryParam("asOf", "2000-01-01T00:00:00Z").when().get("/api/timeline/outlets/" + outlet).then().statusCode(404);
    }

    private static String recordedAt(String story, String event) {
        return given().when().get(STORIES + story + "/events/" + event).then().statusCode(200).extract().path("recordedAt");
    }
}
