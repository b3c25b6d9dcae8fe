package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A delete is a revision, and an admin can undo it within the retention, with what went along. */
@QuarkusTest
class RestoreTest {

    private static final String STORIES = "/api/timeline/stories/";

    @Test
    void aRestoredStoryComesBackWithItsArticlesEventsHistoriesAndRelations() {
        String story = newStory();
        String domain = domain();
        newOutlet(domain);
        String article = newArticle(story, "https://" + domain + "/plan");
        String plan = newEvent(story, "28-point plan", "2025-W47", "kind", "PROPOSAL",
                "participants", List.of(json("name", "Steve Witkoff")),
                "citations", List.of(json("url", "https://" + domain + "/plan", "outlet", "Example")));
        String talks = newEvent(story, "Geneva talks", "2025-11-23");
        given().contentType(ContentType.JSON)
                .body(json("status", "OCCURRED", "citation", json("url", "https://" + domain + "/geneva",
                        "publishedAt", "2025-11-23T20:00:00Z")))
                .when().post(STORIES + story + "/events/" + talks + "/transitions").then().statusCode(201);
        String relation = given().contentType(ContentType.JSON).body(json("fromEventId", talks, "toEventId", plan, "type", "FOLLOWS"))
                .when().post(STORIES + story + "/relations").then().statusCode(201).extract().path("id");
        given().header("If-Match", "*").when().delete(STORIES + story).then().statusCode(204);
        given().when().get(STORIES + story).then().statusCode(404);

        given().when().post(STORIES + story + "/restore").then().statusCode(200)
                .header("ETag", "\"1\"").body("id", equalTo(story));
        given().when().get(STORIES + story + "/events").then().statusCode(200)
                .body("items.title", contains("28-point plan", "Geneva talks"))
                .body("items[0].participants.name", contains("Steve Witkoff"))
                .body("items[0].citations.url", contains("https://" + domain + "/plan"))
                .body("items[1].status", equalTo("OCCURRED"));
        given().when().get(STORIES + story + "/events/" + talks + "/history").then().statusCode(200)
                .body("items.status", contains("SCHEDULED", "OCCURRED"));
        given().when().get(STORIES + story + "/articles/" + article).then().statusCode(200)
                .body("outletId", org.hamcrest.Matchers.notNullValue());
        given().when().get(STORIES + story + "/relations/" + relation).then().statusCode(200);
        given().when().get(STORIES + story + "/coverage").then().body("articleCount", equalTo(1));
        given().when().get(STORIES + story + "/events/" + talks + "/revisions").then()
                .body("items.action", contains("RESTORED", "DELETED", "UPDATED", "CREATED"))
                .body("items[0].author.subject", equalTo(TestCaller.SUBJECT));

        given().when().post(STORIES + story + "/restore").then().statusCode(409)
                .body("detail", containsString("is not deleted"));
    }

    @Test
    void aRestoredEventComesBackWithItsHistoryAndTheRelationsWhoseOtherEventStands() {
        String story = newStory();
        String visit = newEvent(story, "Witkoff visits Moscow", "2025-12-01/2025-12-03");
        String announcement = newEvent(story, "Visit announced", "2025-11-27");
        String gone = newEvent(story, "Briefing", "2025-11-28");
        given().contentType(ContentType.JSON).body(json("status", "CANCELLED",
                        "citation", json("url", "https://example.org/visit-off", "publishedAt", "2025-11-30T08:00:00Z")))
                .when().post(STORIES + story + "/events/" + visit + "/transitions").then().statusCode(201);
        String follows = relate(story, visit, announcement, "FOLLOWS");
        String toGone = relate(story, visit, gone, "FOLLOWS");
        given().header("If-Match", "*").when().delete(STORIES + story + "/events/" + visit).then().statusCode(204);
        given().header("If-Match", "*").when().delete(STORIES + story + "/events/" + gone).then().statusCode(204);

        given().header(TestCaller.as("editor")).when().post(STORIES + story + "/events/" + visit + "/restore")
                .then().statusCode(403);
        given().when().post(STORIES + story + "/events/" + visit + "/restore").then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("CANCELLED")).body("when.edtf", equalTo("2025-12-01/2025-12-03"));
        given().when().get(STORIES + story + "/events/" + visit + "/history").then()
                .body("items.status", contains("SCHEDULED", "CANCELLED"));
        given().when().get(STORIES + story + "/relations").then().body("items.id", contains(follows));
        given().when().post(STORIES + story + "/relations/" + toGone + "/restore").then().statusCode(409)
                .body("detail", containsString("restore the deleted one first"));
        given().when().post(STORIES + story + "/events/" + gone + "/restore").then().statusCode(200);
        given().when().post(STORIES + story + "/relations/" + toGone + "/restore").then().statusCode(200)
                .header("ETag", "\"1\"");
        given().when().get(STORIES + story + "/relations").then().body("items", hasSize(2));
    }

    @Test
    void anArticleCanBeDeletedAndRestoredAndItsAnchoredEventsKeepTheirAnchorsTime() {
        String story = newStory();
        String article = given().contentType(ContentType.JSON)
                .body(json("url", "https://" + domain() + "/bishkek", "publishedAt", "2025-11-28T09:00:00Z", "zone", "Asia/Bishkek"))
                .when().post(STORIES + story + "/articles").then().statusCode(201).extract().path("id");
        String remarks = newEvent(story, json("title", "Putin in Bishkek", "kind", "STATEMENT",
                "relativeWhen", json("phrase", "Thursday", "anchor", json("articleId", article))));
        given().header(TestCaller.as("editor")).header("If-Match", "*").when().delete(STORIES + story + "/articles/" + article)
                .then().statusCode(403);
        given().header("If-Match", "*").when().delete(STORIES + story + "/articles/" + article).then().statusCode(204);
        given().when().get(STORIES + story + "/articles/" + article).then().statusCode(404);
        given().when().get(STORIES + story + "/events/" + remarks).then().statusCode(200)
                .body("when.edtf", equalTo("2025-11-27"))
                .body("when.resolvedFrom.anchor.articleId", nullValue())
                .body("when.resolvedFrom.anchor.zone", equalTo("Asia/Bishkek"));
        given().when().get(STORIES + story + "/events/" + remarks + "/revisions").then()
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("when"));

        given().when().post(STORIES + story + "/articles/" + article + "/restore").then().statusCode(200)
                .body("id", equalTo(article)).header("ETag", "\"1\"");
        given().when().get(STORIES + story + "/articles").then().body("items.id", contains(article));
    }

    @Test
    void onlyAnOutletNoArticleCitesCanBeDeletedAndItCanBeRestored() {
        String story = newStory();
        String domain = domain();
        String outlet = newOutlet(domain);
        String article = newArticle(story, "https://" + domain + "/a");
        given().header("If-Match", "*").when().delete("/api/timeline/outlets/" + outlet).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is the outlet of 1 article, the first " + article));
        given().header("If-Match", "*").when().delete(STORIES + story + "/articles/" + article).then().statusCode(204);
        given().header("If-Match", "\"0\"").when().delete("/api/timeline/outlets/" + outlet).then().statusCode(204);
        given().when().get("/api/timeline/outlets/" + outlet).then().statusCode(404);
        given().when().post("/api/timeline/outlets/" + outlet + "/restore").then().statusCode(200)
                .body("domain", equalTo(domain)).header("ETag", "\"1\"");
        given().when().post(STORIES + story + "/articles/" + article + "/restore").then().statusCode(200)
                .body("outletId", equalTo(outlet));
    }

    @Test
    void aDeleteOlderThanTheRetentionCannotBeRestoredAndNeverRecordedIs404() throws Exception {
        String story = newStory();
        String event = newEvent(story, "Long gone", "2014");
        given().header("If-Match", "*").when().delete(STORIES + story + "/events/" + event).then().statusCode(204);
        try (Connection db = connect(); PreparedStatement backdate = db.prepareStatement(
                "update revision set recorded_at = recorded_at - interval '31 days' where resource_id = ? and action = 'DELETED'")) {
            backdate.setString(1, event);
            backdate.executeUpdate();
        }
        given().when().post(STORIES + story + "/events/" + event + "/restore").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("restore retention of 30 days (timeline.restore.retention)"));
        given().when().post(STORIES + story + "/events/" + UUID.randomUUID() + "/restore").then().statusCode(404)
                .body("detail", containsString("was never recorded"));
        given().when().post(STORIES + "never-a-story-" + UUID.randomUUID().toString().substring(0, 8) + "/restore")
                .then().statusCode(404);
    }

    @Test
    void somethingInAStoryThatIsDeletedComesBackOnlyWithTheStory() {
        String story = newStory();
        String event = newEvent(story, "Talks", "2025-11-23");
        given().header("If-Match", "*").when().delete(STORIES + story).then().statusCode(204);
        given().when().post(STORIES + story + "/events/" + event + "/restore").then().statusCode(409)
                .body("detail", containsString("restore the story"));
    }

    @Test
    void aCreateRetriedAfterItsResourceWasDeletedCreatesItAgainInsteadOfReplayingAGoneLocation() {
        String story = TestStories.slug("reimport");
        String storyKey = UUID.randomUUID().toString();
        String eventKey = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("id", story, "title", "Imported from a bundle");
        Map<String, Object> event = TestStories.event("Geneva talks", "2025-11-23");
        given().contentType(ContentType.JSON).header("Idempotency-Key", storyKey).body(body)
                .when().post("/api/timeline/stories").then().statusCode(201);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", eventKey).body(event)
                .when().post(STORIES + story + "/events").then().statusCode(201).extract().path("id");
        given().header("If-Match", "*").when().delete(STORIES + story).then().statusCode(204);

        given().contentType(ContentType.JSON).header("Idempotency-Key", storyKey).body(body)
                .when().post("/api/timeline/stories").then().statusCode(201).header("Idempotency-Replayed", nullValue());
        String again = given().contentType(ContentType.JSON).header("Idempotency-Key", eventKey).body(event)
                .when().post(STORIES + story + "/events").then().statusCode(201).header("Idempotency-Replayed", nullValue())
                .extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, again);
        given().when().get(STORIES + story + "/events/" + again).then().statusCode(200);
        given().when().get(STORIES + story + "/revisions").then().body("items.action", contains("CREATED", "DELETED", "CREATED"))
                .body("items.number", contains(3, 2, 1));
    }

    private static String relate(String story, String from, String to, String type) {
        return given().contentType(ContentType.JSON).body(json("fromEventId", from, "toEventId", to, "type", type))
                .when().post(STORIES + story + "/relations").then().statusCode(201).extract().path("id");
    }

    private static String domain() {
        return "restore-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private static String newOutlet(String domain) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Example", "domain", domain, "bias", "CENTER"))
                .when().post("/api/timeline/outlets").then().statusCode(201).extract().path("id");
    }

    private static String newArticle(String story, String url) {
        return given().contentType(ContentType.JSON).body(json("url", url, "publishedAt", "2025-11-24T10:00:00Z"))
                .when().post(STORIES + story + "/articles").then().statusCode(201).extract().path("id");
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
