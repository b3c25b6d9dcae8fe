package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Corrections and retractions of an article: who may record them, their rules, and their revisions. */
@QuarkusTest
class ArticleStatusTest {

    private static final String STORIES = "/api/timeline/stories/";

    static String newArticle(String story, String url) {
        return given().contentType(ContentType.JSON).body(json("url", url, "publishedAt", "2025-11-27T08:00:00Z"))
                .when().post(STORIES + story + "/articles").then().statusCode(201).extract().path("id");
    }

    static ExtractableResponse<Response> changeStatus(String story, String article, String ifMatch, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .when().post(STORIES + story + "/articles/" + article + "/status").then().extract();
    }

    static String etag(String story, String article) {
        return given().when().get(STORIES + story + "/articles/" + article).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anArticleIsPublishedUntilItsOutletCorrectsOrRetractsItAndEachChangeIsARevisionNamingStatus() {
        String story = newStory();
        String article = newArticle(story, "https://wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example/moscow");
        String path = STORIES + story + "/articles/" + article;
        String published = given().when().get(path).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("statusNote", nullValue()).body("statusChangedAt", nullValue())
                .extract().header("ETag");

        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String corrected = given().contentType(ContentType.JSON).header("If-Match", published)
                .body(json("status", "CORRECTED", "note", "  The date of the Geneva talks was wrong.  ", "at", at.toString()))
                .when().post(path + "/status").then().statusCode(200)
                .body("status", equalTo("CORRECTED"))
                .body("statusNote", equalTo("The date of the Geneva talks was wrong."))
                .body("statusChangedAt", equalTo(at.toString()))
                .header("ETag", not(equalTo(published)))
                .extract().header("ETag");
        given().when().get(path).then().statusCode(200).header("ETag", equalTo(corrected)).body("status", equalTo("CORRECTED"));
        Instant whileCorrected = Instant.now();

        // Every change is a change of status, so a correction is not corrected again.
        changeStatus(story, article, corrected, json("status", "CORRECTED", "note", "And the venue.")).response().then()
                .statusCode(422).body("type", endsWith("transition-refused")).body("errors.field", contains("status"));
        // A retraction without a time is dated when it is recorded.
        Instant before = Instant.now().minusSeconds(1);
        String retracted = changeStatus(story, article, corrected, json("status", "RETRACTED", "note", "Withdrawn by the outlet."))
                .response().then().statusCode(200).body("status", equalTo("RETRACTED"))
                .extract().header("ETag");
        Instant retractedAt = Instant.parse(given().when().get(path).then().extract().path("statusChangedAt"));
        org.junit.jupiter.api.Assertions.assertTrue(retractedAt.isAfter(before), "dated when recorded: " + retractedAt);

        given().when().get(path + "/revisions").then().statusCode(200)
                .body("items.action", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("status", "statusNote", "statusChangedAt"))
                .body("items[0].changes[0].before", equalTo("CORRECTED"))
                .body("items[0].changes[0].after", equalTo("RETRACTED"))
                .body("items[1].changes.field", contains("status", "statusNote", "statusChangedAt"))
                .body("items[1].changes[0].before", equalTo("PUBLISHED"))
                .body("items[1].changes[0].after", equalTo("CORRECTED"));

        // Undoing a retraction recorded in error: back to PUBLISHED, with neither note nor time.
        changeStatus(story, article, retracted, json("status", "PUBLISHED")).response().then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("statusNote", nullValue()).body("statusChangedAt", nullValue());
        given().when().get(path + "/revisions").then().statusCode(200)
                .body("items[0].changes.field", contains("status", "statusNote", "statusChangedAt"))
                .body("items[0].changes[0].after", equalTo("PUBLISHED"));
        // As of a time between, the article as it stood then.
        given().queryParam("asOf", whileCorrected.toString()).when().get(path).then().statusCode(200)
                .body("status", equalTo("CORRECTED")).body("statusNote", equalTo("The date of the Geneva talks was wrong."));
    }

    @Test
    void aCorrectionOrRetractionSaysWhatAndWhenAndOnlyAllowedChangesAreMade() {
        String story = newStory();
        String article = newArticle(story, "https://wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example/plan");
        String etag = etag(story, article);

        changeStatus(story, article, etag, json("status", "CORRECTED")).response().then().statusCode(422)
                .body("errors.field", contains("note"));
        changeStatus(story, article, etag, json("status", "RETRACTED", "note", "   ")).response().then().statusCode(422)
                .body("errors.field", contains("note"));
        changeStatus(story, article, etag, json("status", "RETRACTED", "note", "Withdrawn.",
                "at", Instant.now().plus(2, ChronoUnit.DAYS).toString())).response().then().statusCode(422)
                .body("errors.field", contains("at"));
        changeStatus(story, article, etag, json("status", "PUBLISHED", "note", "Nothing to undo.")).response().then()
                .statusCode(422).body("errors.field", contains("note"));
        changeStatus(story, article, etag, json("status", "PUBLISHED")).response().then().statusCode(422)
                .body("type", endsWith("transition-refused")).body("errors.field", contains("status"));
        changeStatus(story, article, etag, json("status", "WITHDRAWN", "note", "x")).response().then().statusCode(400)
                .body("errors.field", contains("status"));
        changeStatus(story, article, etag, json("note", "no status")).response().then().statusCode(422)
                .body("errors.field", contains("status"));
        changeStatus(story, article, etag, json("status", "RETRACTED", "note", "x".repeat(2001))).response().then()
                .statusCode(422).body("errors.field", contains("note"));
        changeStatus(story, article, etag, json("status", "RETRACTED", "note", "Withdrawn.", "at", "yesterday"))
                .response().then().statusCode(400).body("errors.field", contains("at"));

        // Nothing of that was recorded.
        given().when().get(STORIES + story + "/articles/" + article + "/revisions").then().body("items", hasSize(1));

        String retracted = changeStatus(story, article, etag, json("status", "RETRACTED", "note", "Withdrawn."))
                .response().then().statusCode(200).extract().header("ETag");
        // A retracted article has no text left to correct, and is retracted already.
        changeStatus(story, article, retracted, json("status", "CORRECTED", "note", "Fixed.")).response().then()
                .statusCode(422).body("type", endsWith("transition-refused")).body("errors.field", contains("status"));
        changeStatus(story, article, retracted, json("status", "RETRACTED", "note", "Again.")).response().then()
                .statusCode(422).body("errors.field", contains("status"));
    }

    @Test
    void aStatusChangeNeedsTheCurrentEntityTagAnEditorAndAKnownArticle() {
        String story = newStory();
        String article = newArticle(story, "https://wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example/etag");
        Map<String, Object> retract = json("status", "RETRACTED", "note", "Withdrawn.");
        given().contentType(ContentType.JSON).body(retract)
                .when().post(STORIES + story + "/articles/" + article + "/status").then().statusCode(428);
        changeStatus(story, article, "\"41\"", retract).response().then().statusCode(412);
        changeStatus(story, UUID.randomUUID().toString(), "*", retract).response().then().statusCode(404);
        changeStatus("no-story-" + UUID.randomUUID(), article, "*", retract).response().then().statusCode(404);
        changeStatus(story, "not-a-uuid", "*", retract).response().then().statusCode(400).body("errors.field", contains("articleId"));
        given().header(TestCaller.as("reader")).contentType(ContentType.JSON).header("If-Match", "*").body(retract)
                .when().post(STORIES + story + "/articles/" + article + "/status").then().statusCode(403);
        given().header(TestCaller.ANONYMOUS).contentType(ContentType.JSON).header("If-Match", "*").body(retract)
                .when().post(STORIES + story + "/articles/" + article + "/status").then().statusCode(401);
        given().header(TestCaller.as("editor", "Ada Editor")).contentType(ContentType.JSON).header("If-Match", "*")
                .body(retract).when().post(STORIES + story + "/articles/" + article + "/status").then().statusCode(200);
        given().when().get(STORIES + story + "/articles/" + article + "/revisions").then()
                .body("items[0].author.name", equalTo("Ada Editor"));
    }

    @Test
    void aRetriedStatusChangeWithTheSameKeyIsRecordedOnceAndAnsweredAsAtFirst() {
        String story = newStory();
        String article = newArticle(story, "https://wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example/retry");
        String etag = etag(story, article);
        String key = UUID.randomUUID().toString();
        Map<String, Object> correct = json("status", "CORRECTED", "note", "The figure was wrong.");
        String path = STORIES + story + "/articles/" + article + "/status";
        String first = given().contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", key)
                .body(correct).when().post(path).then().statusCode(200).extract().asString();
        // The retry still names the entity tag it was based on, which has moved on: the stored answer, not 412.
        given().contentType(ContentType.JSON).header("If-Match", etag).header("Idempotency-Key", key)
                .body(correct).when().post(path).then().statusCode(200).header("Idempotency-Replayed", "true")
                .body("status", equalTo("CORRECTED")).body("statusNote", equalTo("The figure was wrong."));
        given().when().get(STORIES + story + "/articles/" + article + "/revisions").then().body("items", hasSize(2));
        given().contentType(ContentType.JSON).header("If-Match", "*").header("Idempotency-Key", key)
                .body(json("status", "RETRACTED", "note", "Withdrawn.")).when().post(path).then().statusCode(422)
                .body("type", endsWith("idempotency-key-reused"));
        org.junit.jupiter.api.Assertions.assertTrue(first.contains("CORRECTED"), first);
        given().when().get(STORIES + story + "/articles").then().body("items.status", hasItem("CORRECTED"));
    }
}
