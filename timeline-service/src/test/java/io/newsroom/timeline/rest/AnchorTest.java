package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A relative date is read in its anchor's calendar: an offset, an IANA zone, or a coverage article's own. */
@QuarkusTest
class AnchorTest {

    private static String article(String story, String publishedAt, String zone) {
        return given().contentType(ContentType.JSON)
                .body(json("url", "https://example.org/" + UUID.randomUUID(), "publishedAt", publishedAt, "zone", zone))
                .when().post("/api/timeline/stories/" + story + "/articles")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> yesterday(Map<String, Object> anchor) {
        return json("title", "Putin speaks in Bishkek", "kind", "STATEMENT",
                "relativeWhen", json("phrase", "yesterday", "anchor", anchor));
    }

    @Test
    void anArticleAnchorUsesTheArticlesPublicationAndZone() {
        String story = newStory();
        // 19:30Z on the 27th is already 01:30 on the 28th at +06:00, so "yesterday" is the 27th, not the 26th.
        String articleId = article(story, "2025-11-27T19:30:00Z", "+06:00");
        String id = given().contentType(ContentType.JSON).body(yesterday(json("articleId", articleId)))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201)
                .body("when.edtf", equalTo("2025-11-27"))
                .body("when.resolvedFrom.anchor.articleId", equalTo(articleId))
                .body("when.resolvedFrom.anchor.publishedAt", equalTo("2025-11-27T19:30:00Z"))
                .body("when.resolvedFrom.anchor.zone", equalTo("+06:00"))
                .extract().path("id");
        given().when().get("/api/timeline/stories/" + story + "/events/" + id)
                .then().body("when.resolvedFrom.anchor.articleId", equalTo(articleId));
        given().contentType(ContentType.JSON)
                .body(json("phrase", "yesterday", "anchor", json("articleId", articleId)))
                .when().post("/api/timeline/dates/resolve")
                .then().statusCode(200).body("edtf", equalTo("2025-11-27")).body("anchor.zone", equalTo("+06:00"));
    }

    @Test
    void anArticleOfAnotherStoryOrAHalfAnchorIsRefused() {
        String story = newStory();
        String elsewhere = article(newStory(), "2025-11-28T09:00:00Z", "Europe/Kyiv");
        given().contentType(ContentType.JSON).body(yesterday(json("articleId", elsewhere)))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:reference"))
                .body("errors.field", contains("relativeWhen.anchor.articleId"));
        given().contentType(ContentType.JSON).body(yesterday(json("publishedAt", "2025-11-28T09:00:00Z")))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("relativeWhen.anchor"));
    }

    @Test
    void anOffsetAnchorIsReadInThatOffsetsCalendar() {
        String story = newStory();
        given().contentType(ContentType.JSON)
                .body(yesterday(json("publishedAt", "2025-11-27T19:30:00Z", "zone", "+06:00")))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).body("when.edtf", equalTo("2025-11-27"));
        given().contentType(ContentType.JSON)
                .body(json("title", "Witkoff in Moscow", "kind", "MEETING", "relativeWhen", json("phrase", "early next week",
                        "anchor", json("publishedAt", "2025-11-27T19:30:00Z", "zone", "+06:00"))))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).body("when.edtf", equalTo("2025-W49~")).body("when.precision", equalTo("WEEK"))
                .body("when.approximate", equalTo(true));
    }
}
