package io.newsroom.timeline.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.timeline.rest.TestStories.event;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.newsroom.timeline.rest.TestStories.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {

    @Test
    void createsAnEventWithItsDerivedDate() {
        String story = newStory();
        var created = given().contentType(ContentType.JSON)
                .body(event("Trump and Putin meet in Alaska", "2025-08-15",
                        "description", "Summit at a base near Anchorage.",
                        "location", json("name", "Anchorage", "latitude", 61.2181, "longitude", -149.9003),
                        "participants", List.of(json("name", "Donald Trump", "wikidataId", "Q22686"),
                                json("name", "Vladimir Putin", "wikidataId", "Q7747")),
                        "status", "OCCURRED",
                        "citations", List.of(json("url", "https://APNews.com/article/alaska-summit?utm_source=feed#x",
                                "outlet", "Associated Press", "quote", "The two leaders met in Alaska."))))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/timeline/stories/" + story + "/events/"))
                .body("storyId", equalTo(story))
                .body("when.edtf", equalTo("2025-08-15"))
                .body("when.precision", equalTo("DAY"))
                .body("when.earliest", equalTo("2025-08-15T00:00:00Z"))
                .body("when.latest", equalTo("2025-08-15T23:59:59Z"))
                .body("when.approximate", equalTo(false))
                .body("status", equalTo("OCCURRED"))
                .body("participants.wikidataId", contains("Q22686", "Q7747"))
                .body("citations[0].url", equalTo("https://apnews.com/article/alaska-summit"))
                .body("location.name", equalTo("Anchorage")).extract().response();
        assertConforms("createEvent", created);
    }

    @Test
    void malformedEdtfIsUnprocessableNamingTheField() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("Bad date", "2025-13-01"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", contains("when.edtf"))
                .body("detail", containsString("2025-13-01"));
    }

    @Test
    void endBeforeStartIsUnprocessable() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("Talks", "2025-11-23", "end", Map.of("edtf", "2025-11-20")))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("end"));
    }

    @Test
    void anEndInsideTheStartPeriodIsAccepted() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("Geneva talks", "2025-11-23", "end", Map.of("edtf", "2025-11-24")))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).body("end.edtf", equalTo("2025-11-24")).body("end.precision", equalTo("DAY"));
    }

    @Test
    void whenAndRelativeWhenAreExclusive() {
        String story = newStory();
        Map<String, Object> both = event("Both", "2025-11-27",
                "relativeWhen", json("phrase", "Thursday", "anchor", json("publishedAt", "2025-11-28T09:00:00Z", "zone", "Europe/Kyiv")));
        given().contentType(ContentType.JSON).body(both).when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("when"));
        given().contentType(ContentType.JSON).body(json("title", "Neither", "kind", "OTHER"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("when"));
    }

    @Test
    void relativeWhenIsResolvedKeptAndReResolvedWithACorrectedAnchor() {
        String story = newStory();
        Map<String, Object> body = json("title", "Putin speaks in Bishkek", "kind", "STATEMENT",
                "relativeWhen", json("phrase", "on Thursday", "anchor", json("publishedAt", "2025-11-28T09:00:00Z", "zone", "Europe/Kyiv")));
        var created = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201)
                .body("when.edtf", equalTo("2025-11-27"))
                .body("when.resolvedFrom.phrase", equalTo("on Thursday"))
                .body("when.resolvedFrom.anchor.zone", equalTo("Europe/Kyiv"))
                .body("when.resolvedFrom.anchor.publishedAt", equalTo("2025-11-28T09:00:00Z"))
                .extract().response();
        assertConforms("createEvent", created);
        String id = created.path("id");
        // The article was in fact published a week later: the same phrase now means the next Thursday.
        Map<String, Object> corrected = json("title", "Putin speaks in Bishkek", "kind", "STATEMENT",
                "relativeWhen", json("phrase", "on Thursday", "anchor", json("publishedAt", "2025-12-05T09:00:00Z", "zone", "Europe/Kyiv")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .when().put("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("when.edtf", equalTo("2025-12-04"))
                .body("when.resolvedFrom.anchor.publishedAt", equalTo("2025-12-05T09:00:00Z"));
    }

    @Test
    void anUnresolvablePhraseIsUnprocessableNamingIt() {
        String story = newStory();
        given().contentType(ContentType.JSON)
                .body(json("title", "Vague", "kind", "OTHER",
                        "relativeWhen", json("phrase", "sometime soon", "anchor", json("publishedAt", "2025-11-28T09:00:00Z", "zone", "Europe/Kyiv"))))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:unresolvable-phrase"))
                .body("detail", containsString("'sometime soon'"))
                .body("errors.field", contains("relativeWhen.phrase"));
    }

    @Test
    void unknownStoryIsNotFound() {
        given().contentType(ContentType.JSON).body(event("Orphan", "2025"))
                .when().post("/api/timeline/stories/" + slug("missing") + "/events")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/timeline/stories/" + slug("missing") + "/events").then().statusCode(404);
    }

    @Test
    void unknownEventIsNotFoundAndAMalformedIdIsBadRequest() {
        String story = newStory();
        given().when().get("/api/timeline/stories/" + story + "/events/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:newsroom:problem:not-found"));
        given().when().get("/api/timeline/stories/" + story + "/events/not-a-uuid")
                .then().statusCode(400).body("errors.field", contains("eventId"));
    }

    @Test
    void anEventOfAnotherStoryIsNotFoundThere() {
        String story = newStory();
        String other = newStory();
        String id = newEvent(story, "Geneva talks", "2025-11-23");
        given().when().get("/api/timeline/stories/" + other + "/events/" + id).then().statusCode(404);
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String story = newStory();
        String id = newEvent(story, "Geneva talks", "2025-11-23");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(event("Geneva talks, day one", "2025-11-23"))
                .when().put("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(event("Overwritten", "2025-11-23"))
                .when().put("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(412).body("type", equalTo("urn:newsroom:problem:stale-version"));
        given().header("If-Match", "\"0\"").when().delete("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(412);
        given().when().get("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("Geneva talks, day one"));
    }

    @Test
    void replaceKeepsTheStatusAndReplacesParticipants() {
        String story = newStory();
        String id = newEvent(story, event("Plan drafted", "2025-W47", "status", "OCCURRED",
                "participants", List.of(json("name", "Steve Witkoff"))));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Plan drafted", "2025-W47",
                        "participants", List.of(json("name", "Kirill Dmitriev"), json("name", "Steve Witkoff"))))
                .when().put("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(200).body("status", equalTo("OCCURRED"))
                .body("participants.name", contains("Kirill Dmitriev", "Steve Witkoff"));
    }

    @Test
    void aStatusInAReplaceIsRefusedWithAPointerToTransitions() {
        String story = newStory();
        String id = newEvent(story, event("Plan drafted", "2025-W47", "status", "OCCURRED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Plan drafted", "2025-W47", "status", "CANCELLED"))
                .when().put("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", contains("status"))
                .body("detail", containsString("/api/timeline/stories/" + story + "/events/" + id + "/transitions"))
                .body("detail", containsString("createTransition"));
        given().when().get("/api/timeline/stories/" + story + "/events/" + id)
                .then().header("ETag", "\"0\"").body("status", equalTo("OCCURRED"));
    }

    @Test
    void replaceAndDeleteRequireIfMatch() {
        String story = newStory();
        String id = newEvent(story, "Geneva talks", "2025-11-23");
        String path = "/api/timeline/stories/" + story + "/events/" + id;
        given().contentType(ContentType.JSON).body(event("No precondition", "2025-11-23")).when().put(path)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:if-match-required"))
                .body("title", equalTo("The request must say which version it changes"))
                .body("errors.field", contains("If-Match"));
        given().when().delete(path).then().statusCode(428).body("type", equalTo("urn:newsroom:problem:if-match-required"));
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(event("Weak", "2025-11-23"))
                .when().put(path).then().statusCode(412).body("type", equalTo("urn:newsroom:problem:stale-version"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\", \"0\"").body(event("Listed", "2025-11-23"))
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"");
        given().header("If-Match", "*").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyCreatesOneEvent() {
        String story = newStory();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = event("Witkoff visits Moscow", "2025-12-01/2025-12-03");
        var first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue()).extract();
        var second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(201).header("Idempotency-Replayed", "true").extract();
        org.junit.jupiter.api.Assertions.assertEquals(first.header("Location"), second.header("Location"));
        org.junit.jupiter.api.Assertions.assertEquals((String) first.path("id"), second.path("id"));
        org.junit.jupiter.api.Assertions.assertEquals(first.jsonPath().getMap(""), second.jsonPath().getMap(""));
        given().when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneEvent() throws Exception {
        String story = newStory();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = event("Geneva talks", "2025-11-23");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                        .when().post("/api/timeline/stories/" + story + "/events")
                        .then().statusCode(201).extract().<String>path("id")));
            }
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (var id : ids) {
                distinct.add(id.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, distinct.size(), distinct.toString());
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/api/timeline/stories/" + story + "/events").then().body("items", hasSize(1));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        String story = newStory();
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(event("First", "2025"))
                .when().post("/api/timeline/stories/" + story + "/events").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(event("Second", "2025"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:idempotency-key-reused"));
        given().when().get("/api/timeline/stories/" + story + "/events").then().body("items.title", contains("First"));
    }

    @Test
    void aFailedCreateDoesNotConsumeTheIdempotencyKey() {
        String story = newStory();
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(event("Bad", "2025-99"))
                .when().post("/api/timeline/stories/" + story + "/events").then().statusCode(422);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(event("Bad", "2025-09"))
                .when().post("/api/timeline/stories/" + story + "/events").then().statusCode(201)
                .header("Idempotency-Replayed", nullValue());
    }

    @Test
    void bodiesThatCannotBeReadAreBadRequest() {
        String story = newStory();
        String path = "/api/timeline/stories/" + story + "/events";
        given().contentType(ContentType.JSON).body("{\"title\": \"unterminated").when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:bad-request"))
                .body("detail", not(containsString("com.fasterxml")));
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"kind\": \"PARADE\", \"when\": {\"edtf\": \"2025\"}}")
                .when().post(path).then().statusCode(400).body("errors.field", contains("kind"));
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"kind\": \"OTHER\", \"when\": \"2025\"}")
                .when().post(path).then().statusCode(400).body("errors.field", contains("when"));
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", \"kind\": \"OTHER\", \"when\": {\"edtf\": \"2025\"}, \"position\": \"first\"}")
                .when().post(path).then().statusCode(400).body("errors.field", contains("position"));
        given().contentType(ContentType.JSON).when().post(path).then().statusCode(400);
        given().contentType(ContentType.TEXT).body("title=x").when().post(path)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void fieldRulesAreUnprocessableWithTheirPaths() {
        String story = newStory();
        Map<String, Object> body = event("", "2025",
                "location", json("name", "Nowhere", "latitude", 91.0, "longitude", 0.0),
                "participants", List.of(json("name", "Someone", "wikidataId", "P31")),
                "citations", List.of(json("url", "not a url")));
        given().contentType(ContentType.JSON).body(body).when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("location.latitude"))
                .body("errors.field", hasItem("participants[0].wikidataId"));
        given().contentType(ContentType.JSON).body(event("Bad citation", "2025", "citations", List.of(json("url", "not a url"))))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("citations[0].url"));
    }

    @Test
    void hugeStringsAreRefusedNotFailed() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("x".repeat(100_000), "2025"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("errors.field", contains("title"));
        given().contentType(ContentType.JSON).body(event("Long date", "2".repeat(10_000)))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422);
    }

    @Test
    void textPostgresCannotStoreIsRefusedNotFailed() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(event("Null\u0000byte", "2025"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void deleteAnswersNoContent() {
        String story = newStory();
        String id = newEvent(story, "To remove", "2025");
        given().header("If-Match", "\"0\"").when().delete("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(204);
        given().when().get("/api/timeline/stories/" + story + "/events/" + id).then().statusCode(404);
        given().header("If-Match", "*").when().delete("/api/timeline/stories/" + story + "/events/" + id)
                .then().statusCode(404);
    }
}
