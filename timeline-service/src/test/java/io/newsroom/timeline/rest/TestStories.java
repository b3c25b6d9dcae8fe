package io.newsroom.timeline.rest;

import static io.restassured.RestAssured.given;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data that never collides with other tests or earlier runs: every slug gets a random suffix. */
final class TestStories {

    private TestStories() {
    }

    static String slug(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A JSON object from alternating names and values, keeping their order. */
    static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    static String newStory() {
        String id = slug("story");
        given().contentType(ContentType.JSON).body(Map.of("id", id, "title", "Test story " + id))
                .when().post("/api/timeline/stories")
                .then().statusCode(201);
        return id;
    }

    static Map<String, Object> event(String title, String edtf, Object... more) {
        Map<String, Object> body = json("title", title, "kind", "MEETING", "when", Map.of("edtf", edtf));
        body.putAll(json(more));
        return body;
    }

    static String newEvent(String storyId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/timeline/stories/" + storyId + "/events")
                .then().statusCode(201).extract().path("id");
    }

    static String newEvent(String storyId, String title, String edtf, Object... more) {
        return newEvent(storyId, event(title, edtf, more));
    }

    static List<String> timelineTitles(String storyId, Map<String, ?> query) {
        return given().queryParams(query).when().get("/api/timeline/stories/" + storyId + "/events")
                .then().statusCode(200).extract().path("items.title");
    }
}
