package io.newsroom.claims.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data made through the API, with unique names so tests never depend on each other. */
final class Fixtures {

    static final String API = "/api/claims";

    private Fixtures() {
    }

    static String token() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return token.toString();
    }

    static String story() {
        return "story-" + token();
    }

    static UUID actor(String name, String kind) {
        return actor(Map.of("name", name, "kind", kind));
    }

    static UUID actor(Map<String, Object> body) {
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post(API + "/actors")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static Map<String, Object> claimBody(UUID claimantId, String proposition, String edtf) {
        Map<String, Object> body = new HashMap<>();
        body.put("proposition", proposition);
        body.put("claimantId", claimantId.toString());
        body.put("madeAt", Map.of("edtf", edtf));
        return body;
    }

    static JsonPath claim(String storyId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(API + "/stories/" + storyId + "/claims")
                .then().statusCode(201).extract().jsonPath();
    }

    static UUID claim(String storyId, UUID claimantId, String proposition, String edtf) {
        return UUID.fromString(claim(storyId, claimBody(claimantId, proposition, edtf)).getString("id"));
    }

    static Map<String, Object> stanceBody(UUID actorId, String position, String takenAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("actorId", actorId.toString());
        body.put("position", position);
        body.put("summary", "The actor's case, in brief");
        body.put("takenAt", takenAt);
        body.put("evidence", List.of(Map.of("url", "https://example.org/evidence/" + token(),
                "outlet", "Example Outlet", "quote", "A short passage")));
        return body;
    }

    static JsonPath stance(String storyId, UUID claimId, UUID actorId, String position) {
        return given().contentType(ContentType.JSON).body(stanceBody(actorId, position, "2025-11-27T12:00:00Z"))
                .when().post(API + "/stories/" + storyId + "/claims/" + claimId + "/stances")
                .then().statusCode(201).extract().jsonPath();
    }

    static String claimPath(String storyId, UUID claimId) {
        return API + "/stories/" + storyId + "/claims/" + claimId;
    }
}
