package io.newsroom.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.gateway.domain.StoryBundle;
import io.newsroom.gateway.view.ArticleSubmission;
import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.Cursor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The limits the gateway's OpenAPI document declares on its inputs are the ones it holds a request to, before any
 * service is asked: past one, the answer is the problem naming the field or parameter, and nothing is imported.
 */
@QuarkusTest
class InputLimitsTest {

    @Test
    void aBundleOverItsLimitsIsRefusedWholeNamingEachField() {
        Map<String, Object> bundle = Map.of(
                "format", StoryBundle.FORMAT, "version", StoryBundle.VERSION,
                "story", Map.of("id", "input-limits", "title", "Limits"),
                "events", List.of(Map.of("id", "e1", "title", "x".repeat(301), "kind", "MEETING",
                        "when", Map.of("edtf", "2025-08-15"))),
                "actors", List.of(Map.of("id", "a".repeat(StoryBundle.MAX_KEY_LENGTH + 1), "name", "Claimant", "kind", "PERSON")),
                "claims", List.of(Map.of("id", "c1", "proposition", "The summit was a success", "claimantId", "a1",
                        "tags", Collections.nCopies(21, "summit"))));
        given().contentType(ContentType.JSON).body(bundle).when().post("/api/bundles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", containsInAnyOrder("actors[0].id", "claims[0].tags", "events[0].title"));
    }

    @Test
    void anArticleOverItsLimitsIsRefusedNamingTheField() {
        Map<String, Object> article = Map.of("url", "https://example-daily.test/world/envoy", "publishedAt", "2025-11-28T09:00:00Z",
                "zone", "Europe/" + "x".repeat(ArticleSubmission.MAX_ZONE), "text", "The envoy will travel to Moscow next week.");
        given().contentType(ContentType.JSON).body(article).when().post("/api/stories/input-limits/ingestions")
                .then().statusCode(422).body("errors.field", contains("zone"));
    }

    @Test
    void aParameterOverItsLimitIsRefusedNamingIt() {
        given().queryParam("types", "event.updated,".repeat(ChangeQuery.MAX_TYPES_LENGTH / 10))
                .when().get("/api/stories/input-limits/changes")
                .then().statusCode(400).body("errors.field", contains("types"));
        given().queryParam("after", "A".repeat(Cursor.MAX_LENGTH + 1)).when().get("/api/webhooks")
                .then().statusCode(400).body("errors.field", contains("after"));
    }
}
