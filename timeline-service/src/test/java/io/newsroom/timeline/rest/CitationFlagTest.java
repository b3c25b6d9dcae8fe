package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.ArticleStatusTest.changeStatus;
import static io.newsroom.timeline.rest.ArticleStatusTest.etag;
import static io.newsroom.timeline.rest.ArticleStatusTest.newArticle;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A correction or retraction flags every citation of the article in every read of an event (as of
 * an instant: the article's status of then), and puts the events citing it on the story's review list.
 */
@QuarkusTest
class CitationFlagTest {

    private static final String STORIES = "/api/timeline/stories/";

    private static Map<String, Object> citing(String url) {
        return json("url", url, "outlet", "The Wire");
    }

    @Test
    void aRetractedArticleFlagsTheCitationsOfItInEveryReadAndAsOfBeforeTheRetractionNone() {
        String story = newStory();
        String host = "wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String retractedUrl = "https://" + host + "/moscow-visit";
        String standingUrl = "https://" + host + "/geneva";
        String article = newArticle(story, retractedUrl);
        newArticle(story, standingUrl);
        // Cited in a form that normalises to the article's URL: tracking parameters and fragment dropped, host lower-case.
        String visit = newEvent(story, "Witkoff visits Moscow", "2025-12-02", "citations",
                List.of(citing(standingUrl), citing("https://" + host.toUpperCase() + "/moscow-visit?utm_source=feed#top")));
        String talks = newEvent(story, "Geneva talks", "2025-11-23", "citations", List.of(citing(standingUrl)));
        String before = Instant.now().toString();
        String windowTag = given().when().get(STORIES + story + "/window").then().statusCode(200)
                .body("events.find { it.id == '" + visit + "' }.citations[1].articleStatus", nullValue())
                .extract().header("ETag");

        changeStatus(story, article, etag(story, article), json("status", "RETRACTED", "note", "Its source could not be confirmed."))
                .response().then().statusCode(200);
        String after = Instant.now().toString();

        String event = STORIES + story + "/events/" + visit;
        given().when().get(event).then().statusCode(200)
                .body("citations[0].articleStatus", nullValue())
                .body("citations[0].articleStatusNote", nullValue())
                .body("citations[1].url", equalTo(retractedUrl))
                .body("citations[1].articleStatus", equalTo("RETRACTED"))
                .body("citations[1].articleStatusNote", equalTo("Its source could not be confirmed."));
        given().when().get(STORIES + story + "/events").then().statusCode(200)
                .body("items.title", contains("Geneva talks", "Witkoff visits Moscow"))
                .body("items[0].citations[0].articleStatus", nullValue())
                .body("items[1].citations.articleStatus", contains(null, "RETRACTED"));
        given().when().get(STORIES + story + "/window").then().statusCode(200)
                .header("ETag", not(equalTo(windowTag)))
                .body("events[1].citations.articleStatus", contains(null, "RETRACTED"))
                .body("events[1].citations[1].articleStatusNote", equalTo("Its source could not be confirmed."));

        // As of before the retraction the article stood as published; as of after, retracted.
        given().queryParam("asOf", before).when().get(event).then().statusCode(200)
                .body("citations.articleStatus", contains(null, null));
        given().queryParam("asOf", after).when().get(event).then().statusCode(200)
                .body("citations.articleStatus", contains(null, "RETRACTED"))
                .body("citations[1].articleStatusNote", equalTo("Its source could not be confirmed."));
        given().queryParam("asOf", before).when().get(STORIES + story + "/events").then().statusCode(200)
                .body("items[1].citations.articleStatus", contains(null, null));
        given().queryParam("asOf", after).when().get(STORIES + story + "/events").then().statusCode(200)
                .body("items[1].citations.articleStatus", contains(null, "RETRACTED"));
        given().queryParam("asOf", before).when().get(STORIES + story + "/window").then().statusCode(200)
                .body("events[1].citations.articleStatus", contains(null, null));
        given().queryParam("asOf", after).when().get(STORIES + story + "/window").then().statusCode(200)
                .body("events[1].citations.articleStatus", contains(null, "RETRACTED"));

        // The flag is read, never written: the event has no new revision, and its revisions keep no article status.
        given().when().get(event + "/revisions").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].state.citations[1].url", equalTo(retractedUrl))
                .body("items[0].state.citations[1]", not(hasKey("articleStatus")))
                .body("items[0].state", not(hasKey("overdue")));
        given().when().get(STORIES + story + "/events/" + talks).then().body("citations[0].articleStatus", nullValue());

        // Back to PUBLISHED (a retraction recorded in error): the flag goes.
        changeStatus(story, article, etag(story, article), json("status", "PUBLISHED")).response().then().statusCode(200);
        given().when().get(event).then().statusCode(200).body("citations.articleStatus", contains(null, null));
    }

    @Test
    void aCitationIsFlaggedByTheArticleOfItsOwnStoryAndNotByADeletedOne() {
        String story = newStory();
        String other = newStory();
        String url = "https://wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example/plan";
        String article = newArticle(story, url);
        newArticle(other, url);
        String mine = newEvent(story, "28-point plan unveiled", "2025-11-20", "citations", List.of(citing(url)));
        String theirs = newEvent(other, "28-point plan unveiled", "2025-11-20", "citations", List.of(citing(url)));
        changeStatus(story, article, etag(story, article), json("status", "CORRECTED", "note", "The plan had 28 points, not 27."))
                .response().then().statusCode(200);
        given().when().get(STORIES + story + "/events/" + mine).then()
                .body("citations[0].articleStatus", equalTo("CORRECTED"))
                .body("citations[0].articleStatusNote", equalTo("The plan had 28 points, not 27."));
        given().when().get(STORIES + other + "/events/" + theirs).then().body("citations[0].articleStatus", nullValue());

        given().header("If-Match", "*").when().delete(STORIES + story + "/articles/" + article).then().statusCode(204);
        given().when().get(STORIES + story + "/events/" + mine).then().body("citations[0].articleStatus", nullValue());
    }

    @Test
    void aClientCannotSetTheArticleStatusOfACitation() {
        String story = newStory();
        String url = "https://wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example/claimed";
        newArticle(story, url);
        String event = given().contentType(ContentType.JSON).body(json("title", "Talks", "kind", "MEETING",
                        "when", Map.of("edtf", "2025-11-23"), "citations",
                        List.of(json("url", url, "articleStatus", "RETRACTED", "articleStatusNote", "made up"))))
                .when().post(STORIES + story + "/events").then().statusCode(201).extract().path("id");
        given().when().get(STORIES + story + "/events/" + event).then()
                .body("citations[0].articleStatus", nullValue()).body("citations[0].articleStatusNote", nullValue());
    }

    @Test
    void theReviewListNamesTheEventsCitingACorrectedOrRetractedArticleWithWhyInTimelineOrder() {
        String story = newStory();
        String host = "wire-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String retracted = newArticle(story, "https://" + host + "/a");
        String corrected = newArticle(story, "https://" + host + "/b");
        newArticle(story, "https://" + host + "/c");
        String late = newEvent(story, "Witkoff visits Moscow", "2025-12-02", "citations",
                List.of(citing("https://" + host + "/b"), citing("https://" + host + "/a"), citing("https://" + host + "/b")));
        String early = newEvent(story, "Alaska summit", "2025-08-15", "citations", List.of(citing("https://" + host + "/a")));
        newEvent(story, "Geneva talks", "2025-11-23", "citations", List.of(citing("https://" + host + "/c")));
        newEvent(story, "Crimea annexed", "2014");
        String review = STORIES + story + "/review";
        given().when().get(review).then().statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());

        changeStatus(story, retracted, etag(story, retracted), json("status", "RETRACTED", "note", "Withdrawn.",
                "at", "2025-12-03T09:00:00Z")).response().then().statusCode(200);
        changeStatus(story, corrected, etag(story, corrected), json("status", "CORRECTED", "note", "Date fixed.",
                "at", "2025-12-03T10:00:00Z")).response().then().statusCode(200);

        given().when().get(review).then().statusCode(200)
                .body("items.id", contains(early, late))
                .body("items.kind", contains("event", "event"))
                .body("items.title", contains("Alaska summit", "Witkoff visits Moscow"))
                .body("items[0].reasons", hasSize(1))
                .body("items[0].reasons[0].reason", equalTo("article-retracted"))
                .body("items[0].reasons[0].url", equalTo("https://" + host + "/a"))
                .body("items[0].reasons[0].note", equalTo("Withdrawn."))
                .body("items[0].reasons[0].at", equalTo("2025-12-03T09:00:00Z"))
                // In citation order, each article once.
                .body("items[1].reasons.reason", contains("article-corrected", "article-retracted"))
                .body("items[1].reasons.note", contains("Date fixed.", "Withdrawn."));

        String next = given().queryParam("limit", 1).when().get(review).then().statusCode(200)
                .body("items.id", contains(early)).header("Link", containsString("rel=\"next\""))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("after", next).when().get(review).then().statusCode(200)
                .body("items.id", contains(late)).body("nextCursor", nullValue());

        // Fixing the event's citations takes it off the list.
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body(json("title", "Alaska summit", "kind", "MEETING", "when", Map.of("edtf", "2025-08-15"),
                        "citations", List.of(citing("https://" + host + "/c"))))
                .when().put(STORIES + story + "/events/" + early).then().statusCode(200);
        given().when().get(review).then().statusCode(200).body("items.id", contains(late));

        given().when().get(STORIES + "no-story-" + UUID.randomUUID() + "/review").then().statusCode(404);
        given().queryParam("after", "not-a-cursor").when().get(review).then().statusCode(400);
        given().queryParam("limit", 0).when().get(review).then().statusCode(422);
    }
}
