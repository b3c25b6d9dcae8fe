package io.newsroom.timeline.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a browser on a newsroom's own site may read here, and the headers that keep its answers from being misread. */
@QuarkusTest
class BrowserAccessTest {

    private static final String ELSEWHERE = "https://desk.example.org";

    // Any site is allowed by default: the origin is named back, and never with credentials.
    @Test
    void aPageOnAnotherSiteMayReadAStory() {
        String storyId = TestStories.newStory();
        given().header("Origin", ELSEWHERE)
                .when().get("/api/timeline/stories/{id}", storyId)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ELSEWHERE))
                .header("Access-Control-Allow-Credentials", equalTo("false"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void aPreflightForAReadIsAllowedAndOneForAWriteIsNot() {
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options("/api/timeline/stories/any-story")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ELSEWHERE))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("POST")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedBeforeItIsMade() {
        String storyId = TestStories.slug("cross-site");
        given().header("Origin", ELSEWHERE).contentType(ContentType.JSON)
                .body(Map.of("id", storyId, "title", "Written from another site"))
                .when().post("/api/timeline/stories")
                .then().statusCode(403);
        given().when().get("/api/timeline/stories/{id}", storyId).then().statusCode(404);
    }

    @Test
    void aProblemIsNeverSniffedIntoSomethingElse() {
        given().when().get("/api/timeline/stories/no-such-story-here")
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
