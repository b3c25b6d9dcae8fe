package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransitionTest {

    private static String transitions(String story, String event) {
        return "/api/timeline/stories/" + story + "/events/" + event + "/transitions";
    }

    @Test
    void aScheduledVisitIsPostponedRescheduledAndOccursWithItsHistoryKept() {
        String story = newStory();
        String visit = newEvent(story, "Witkoff visits Moscow", "2025-12-01/2025-12-03");
        given().contentType(ContentType.JSON)
                .body(json("status", "POSTPONED", "at", "2025-11-30T12:00:00Z",
                        "citation", json("url", "https://example.com/visit-delayed?utm_campaign=x", "outlet", "Example News")))
                .when().post(transitions(story, visit))
                .then().statusCode(201)
                .header("Location", containsString("/transitions/"))
                .body("fromStatus", equalTo("SCHEDULED"))
                .body("status", equalTo("POSTPONED"))
                .body("at", equalTo("2025-11-30T12:00:00Z"))
                .body("citation.url", equalTo("https://example.com/visit-delayed"));
        given().contentType(ContentType.JSON).body(json("status", "RESCHEDULED", "newWhen", Map.of("edtf", "2025-12-02")))
                .when().post(transitions(story, visit))
                .then().statusCode(201)
                .body("previousWhen.edtf", equalTo("2025-12-01/2025-12-03"))
                .body("newWhen.edtf", equalTo("2025-12-02"));
        given().contentType(ContentType.JSON).body(Map.of("status", "OCCURRED"))
                .when().post(transitions(story, visit)).then().statusCode(201);

        given().when().get("/api/timeline/stories/" + story + "/events/" + visit)
                .then().statusCode(200).body("status", equalTo("OCCURRED")).body("when.edtf", equalTo("2025-12-02"));
        given().when().get("/api/timeline/stories/" + story + "/events/" + visit + "/history")
                .then().statusCode(200)
                .body("items.status", contains("SCHEDULED", "POSTPONED", "RESCHEDULED", "OCCURRED"))
                .body("items[0].fromStatus", nullValue())
                .body("items.fromStatus", contains(null, "SCHEDULED", "POSTPONED", "RESCHEDULED"));
        given().queryParam("limit", 2).when().get("/api/timeline/stories/" + story + "/events/" + visit + "/history")
                .then().statusCode(200).body("items.status", contains("SCHEDULED", "POSTPONED"))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anOccurredEventCannotBecomeScheduled() {
        String story = newStory();
        String summit = newEvent(story, "Alaska summit", "2025-08-15", "status", "OCCURRED");
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED"))
                .when().post(transitions(story, summit))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:transition-refused"))
                .body("detail", containsString("an event that occurred cannot become scheduled"));
    }

    @Test
    void aCancelledEventCannotOccur() {
        String story = newStory();
        String visit = newEvent(story, "Visit", "2025-12-01");
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .when().post(transitions(story, visit)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("status", "OCCURRED"))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("detail", containsString("an event that was cancelled cannot occur"));
        given().when().get("/api/timeline/stories/" + story + "/events/" + visit).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void aPostponedEventCannotGoBackToScheduled() {
        String story = newStory();
        String visit = newEvent(story, "Visit", "2025-12-01");
        given().contentType(ContentType.JSON).body(Map.of("status", "POSTPONED")).when().post(transitions(story, visit))
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED")).when().post(transitions(story, visit))
                .then().statusCode(422).body("detail", containsString("can only become"));
        given().contentType(ContentType.JSON).body(Map.of("status", "POSTPONED")).when().post(transitions(story, visit))
                .then().statusCode(422);
    }

    @Test
    void reschedulingNeedsANewDateAndOnlyReschedulingTakesOne() {
        String story = newStory();
        String visit = newEvent(story, "Visit", "2025-12-01");
        given().contentType(ContentType.JSON).body(Map.of("status", "RESCHEDULED"))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("errors.field", contains("newWhen"));
        given().contentType(ContentType.JSON).body(json("status", "RESCHEDULED", "newWhen", Map.of("edtf", "2025-12-40")))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("errors.field", contains("newWhen.edtf"));
        given().contentType(ContentType.JSON).body(json("status", "OCCURRED", "newWhen", Map.of("edtf", "2025-12-02")))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("errors.field", contains("newWhen"));
        given().when().get("/api/timeline/stories/" + story + "/events/" + visit + "/history")
                .then().body("items.status", contains("SCHEDULED"));
    }

    @Test
    void unknownEventsAndStatusesAreRefused() {
        String story = newStory();
        given().contentType(ContentType.JSON).body(Map.of("status", "OCCURRED"))
                .when().post(transitions(story, UUID.randomUUID().toString())).then().statusCode(404);
        String visit = newEvent(story, "Visit", "2025-12-01");
        given().contentType(ContentType.JSON).body(Map.of("status", "HAPPENED"))
                .when().post(transitions(story, visit)).then().statusCode(400).body("errors.field", contains("status"));
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post(transitions(story, visit)).then().statusCode(422).body("errors.field", contains("status"));
    }

    @Test
    void aRetriedTransitionIsRecordedOnce() {
        String story = newStory();
        String visit = newEvent(story, "Visit", "2025-12-01");
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("status", "CANCELLED"))
                .when().post(transitions(story, visit)).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("status", "CANCELLED"))
                .when().post(transitions(story, visit)).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(first));
        given().when().get("/api/timeline/stories/" + story + "/events/" + visit + "/history")
                .then().body("items.status", contains("SCHEDULED", "CANCELLED"));
        given().when().get(transitions(story, visit) + "/" + first).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }
}
