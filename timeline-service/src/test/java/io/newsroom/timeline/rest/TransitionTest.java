package io.newsroom.timeline.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
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
        assertConforms("createTransition", given().contentType(ContentType.JSON)
                .body(json("status", "RESCHEDULED", "newWhen", Map.of("edtf", "2025-12-02"), "unsourced", true))
                .when().post(transitions(story, visit))
                .then().statusCode(201)
                .body("previousWhen.edtf", equalTo("2025-12-01/2025-12-03"))
                .body("newWhen.edtf", equalTo("2025-12-02")).extract().response());
        given().contentType(ContentType.JSON)
                .body(json("status", "OCCURRED", "citation", json("url", "https://example.com/visit-held",
                        "publishedAt", "2025-12-02T19:30:00Z")))
                .when().post(transitions(story, visit)).then().statusCode(201)
                .body("at", equalTo("2025-12-02T19:30:00Z"));

        given().when().get("/api/timeline/stories/" + story + "/events/" + visit)
                .then().statusCode(200).body("status", equalTo("OCCURRED")).body("when.edtf", equalTo("2025-12-02"));
        assertConforms("listHistory", given().when().get("/api/timeline/stories/" + story + "/events/" + visit + "/history")
                .then().statusCode(200)
                .body("items.status", contains("SCHEDULED", "POSTPONED", "RESCHEDULED", "OCCURRED"))
                .body("items[0].fromStatus", nullValue())
                .body("items.fromStatus", contains(null, "SCHEDULED", "POSTPONED", "RESCHEDULED")).extract().response());
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
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "unsourced", true))
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
        given().contentType(ContentType.JSON).body(Map.of("status", "POSTPONED", "unsourced", true))
                .when().post(transitions(story, visit)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED")).when().post(transitions(story, visit))
                .then().statusCode(422).body("detail", containsString("can only become"));
        given().contentType(ContentType.JSON).body(Map.of("status", "POSTPONED")).when().post(transitions(story, visit))
                .then().statusCode(422);
    }

    @Test
    void reschedulingNeedsANewDateAndOnlyReschedulingTakesOne() {
        String story = newStory();
        String visit = newEvent(story, "Visit", "2025-12-01");
        given().contentType(ContentType.JSON).body(Map.of("status", "RESCHEDULED", "unsourced", true))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("errors.field", contains("newWhen"));
        given().contentType(ContentType.JSON)
                .body(json("status", "RESCHEDULED", "newWhen", Map.of("edtf", "2025-12-40"), "unsourced", true))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("errors.field", contains("newWhen.edtf"));
        given().contentType(ContentType.JSON)
                .body(json("status", "OCCURRED", "newWhen", Map.of("edtf", "2025-12-02"), "unsourced", true))
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
        Map<String, Object> cancelled = Map.of("status", "CANCELLED", "unsourced", true);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(cancelled)
                .when().post(transitions(story, visit)).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(cancelled)
                .when().post(transitions(story, visit)).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(first));
        given().when().get("/api/timeline/stories/" + story + "/events/" + visit + "/history")
                .then().body("items.status", contains("SCHEDULED", "CANCELLED"));
        given().when().get(transitions(story, visit) + "/" + first).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aStatusChangeCitesItsReportUnlessItSaysThereIsNone() {
        String story = newStory();
        String visit = newEvent(story, "Witkoff visits Moscow", "2025-12-01/2025-12-03");
        given().contentType(ContentType.JSON).body(Map.of("status", "POSTPONED"))
                .when().post(transitions(story, visit))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", contains("citation"))
                .body("detail", containsString("unsourced: true"));
        given().contentType(ContentType.JSON)
                .body(json("status", "POSTPONED", "unsourced", true, "citation", json("url", "https://example.com/a")))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("errors.field", contains("unsourced"));
        // The report's publication time is when the change is known to have happened, not the time it is typed in.
        given().contentType(ContentType.JSON)
                .body(json("status", "POSTPONED", "citation", json("url", "https://example.com/a")))
                .when().post(transitions(story, visit))
                .then().statusCode(422).body("errors.field", contains("at"));
        given().contentType(ContentType.JSON)
                .body(json("status", "POSTPONED", "citation", json("url", "https://example.com/delay",
                        "publishedAt", "2025-11-29T07:15:00Z")))
                .when().post(transitions(story, visit))
                .then().statusCode(201).body("at", equalTo("2025-11-29T07:15:00Z"))
                .body("citation.publishedAt", equalTo("2025-11-29T07:15:00Z"));
        var unsourced = given().contentType(ContentType.JSON).body(json("status", "CANCELLED", "unsourced", true))
                .when().post(transitions(story, visit)).then().statusCode(201).body("citation", nullValue()).extract();
        org.junit.jupiter.api.Assertions.assertEquals(unsourced.<String>path("recordedAt"), unsourced.path("at"));
    }

    @Test
    void anEventStillInTheFutureCannotHaveOccurred() {
        String story = newStory();
        String next = java.time.Year.now(java.time.ZoneOffset.UTC).plusYears(1).toString();
        String summit = newEvent(story, "Summit planned", next);
        given().contentType(ContentType.JSON).body(json("status", "OCCURRED", "unsourced", true))
                .when().post(transitions(story, summit))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:transition-refused"))
                .body("detail", containsString("is still in the future"));
        given().when().get("/api/timeline/stories/" + story + "/events/" + summit).then().body("status", equalTo("SCHEDULED"));
        given().contentType(ContentType.JSON).body(TestStories.event("Summit held", next, "status", "OCCURRED"))
                .when().post("/api/timeline/stories/" + story + "/events")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:transition-refused"));
        given().contentType(ContentType.JSON).body(json("status", "CANCELLED", "unsourced", true))
                .when().post(transitions(story, summit)).then().statusCode(201);
    }
}
