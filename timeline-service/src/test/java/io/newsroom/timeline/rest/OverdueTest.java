package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.newsroom.timeline.service.MovingClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An event still expected after its time is overdue in every read, and turns so as the clock passes it. */
@QuarkusTest
class OverdueTest {

    private static final String STORIES = "/api/timeline/stories/";

    @Inject
    MovingClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    static void transition(String story, String event, Map<String, Object> body) {
        Map<String, Object> sourced = json("unsourced", true);
        sourced.putAll(body);
        given().contentType(ContentType.JSON).body(sourced)
                .when().post(STORIES + story + "/events/" + event + "/transitions").then().statusCode(201);
    }

    @Test
    void onlyAnEventStillExpectedWhoseLatestInstantHasPassedIsOverdueInEveryRead() {
        String story = newStory();
        String scheduled = newEvent(story, "Scheduled, passed", "2025-11-29");
        newEvent(story, "Occurred", "2025-11-20", "status", "OCCURRED");
        String cancelled = newEvent(story, "Cancelled", "2025-11-21");
        transition(story, cancelled, json("status", "CANCELLED"));
        String postponed = newEvent(story, "Postponed, passed", "2025-11-22");
        transition(story, postponed, json("status", "POSTPONED"));
        String movedPast = newEvent(story, "Rescheduled to a passed date", "2025-11-23");
        transition(story, movedPast, json("status", "RESCHEDULED", "newWhen", Map.of("edtf", "2025-11-24")));
        String movedAhead = newEvent(story, "Rescheduled ahead", "2025-11-25");
        transition(story, movedAhead, json("status", "RESCHEDULED", "newWhen", Map.of("edtf", "2999-01-10")));
        // Begun and not yet ended: its latest instant is its end's.
        newEvent(story, "Talks under way", "2025-11-26", "end", Map.of("edtf", "2100-01-01"));
        newEvent(story, "Next year's summit", "2999-01");

        List<String> titles = List.of("Occurred", "Cancelled", "Postponed, passed", "Rescheduled to a passed date",
                "Talks under way", "Scheduled, passed", "Next year's summit", "Rescheduled ahead");
        List<Boolean> overdue = List.of(false, false, true, true, false, true, false, false);
        given().when().get(STORIES + story + "/events").then().statusCode(200)
                .body("items.title", contains(titles.toArray())).body("items.overdue", contains(overdue.toArray()));
        given().when().get(STORIES + story + "/window").then().statusCode(200)
                .body("events.title", contains(titles.toArray())).body("events.overdue", contains(overdue.toArray()));
        given().queryParam("asOf", Instant.now().toString()).when().get(STORIES + story + "/events").then().statusCode(200)
                .body("items.overdue", contains(overdue.toArray()));
        given().when().get(STORIES + story + "/events/" + scheduled).then().statusCode(200).body("overdue", equalTo(true));
        given().when().get(STORIES + story + "/events/" + movedAhead).then().statusCode(200).body("overdue", equalTo(false));
        given().queryParam("asOf", Instant.now().toString()).when().get(STORIES + story + "/events/" + postponed)
                .then().statusCode(200).body("overdue", equalTo(true));

        // What a write answers is read the same way: a restored event that is overdue says so.
        given().header("If-Match", "*").when().delete(STORIES + story + "/events/" + postponed).then().statusCode(204);
        given().when().post(STORIES + story + "/events/" + postponed + "/restore").then().statusCode(200)
                .body("overdue", equalTo(true));
        given().contentType(ContentType.JSON).body(json("title", "Added late", "kind", "MEETING",
                "when", Map.of("edtf", "2025-11-28"))).when().post(STORIES + story + "/events").then().statusCode(201)
                .body("overdue", equalTo(true));

        // Confirming what happened ends it.
        transition(story, scheduled, json("status", "OCCURRED"));
        given().when().get(STORIES + story + "/events/" + scheduled).then().body("overdue", equalTo(false));
    }

    @Test
    void anEventTurnsOverdueAsTheClockPassesItAndTheWindowsEntityTagChangesWithNoWrite() {
        String story = newStory();
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        String visit = newEvent(story, "Witkoff visits Moscow", day);
        Instant beforeItsTime = Instant.now();
        String window = STORIES + story + "/window";
        String tag = given().when().get(window).then().statusCode(200).body("events[0].overdue", equalTo(false))
                .extract().header("ETag");
        given().header("If-None-Match", tag).when().get(window).then().statusCode(304);
        given().when().get(STORIES + story + "/events/" + visit).then().body("overdue", equalTo(false));

        clock.moveAhead(Duration.ofDays(4));

        String overdueTag = given().header("If-None-Match", tag).when().get(window).then().statusCode(200)
                .header("ETag", not(equalTo(tag))).body("events[0].overdue", equalTo(true)).extract().header("ETag");
        given().header("If-None-Match", overdueTag).when().get(window).then().statusCode(304);
        given().when().get(STORIES + story + "/events/" + visit).then().statusCode(200).body("overdue", equalTo(true));
        given().when().get(STORIES + story + "/events").then().statusCode(200).body("items.overdue", contains(true));
        // As of an instant, overdue as it stood then: before its time it was not.
        given().queryParam("asOf", beforeItsTime.toString()).when().get(STORIES + story + "/events/" + visit).then()
                .statusCode(200).body("overdue", equalTo(false));
        given().queryParam("asOf", beforeItsTime.toString()).when().get(STORIES + story + "/events").then()
                .statusCode(200).body("items.overdue", contains(false));
        given().queryParam("asOf", beforeItsTime.toString()).when().get(window).then()
                .statusCode(200).body("events.overdue", contains(false));
        // No write happened: the event has the one revision it was created with.
        given().when().get(STORIES + story + "/events/" + visit + "/revisions").then().body("items.action", contains("CREATED"));
    }

    @Test
    void theOverdueListHoldsTheOverdueEventsOfEveryStoryInTimelineOrderPagedByCursor() {
        // A year no other test writes, so these events come first in the list across all stories.
        int year = 100 + (int) (Math.random() * 800);
        String y = String.format("%04d", year);
        String first = newStory();
        String second = newStory();
        try {
            String march1 = newEvent(first, "Summit", y + "-03-01");
            newEvent(first, "Held", y + "-03-02", "status", "OCCURRED");
            String february = newEvent(second, "Talks", y + "-02-15");
            transition(second, february, json("status", "POSTPONED"));
            String march3 = newEvent(second, "Visit", y + "-03-03");
            String called = newEvent(second, "Called off", y + "-03-05");
            transition(second, called, json("status", "CANCELLED"));
            newEvent(second, "Far ahead", "2999-05-05");

            List<String> mine = List.of(february, march1, march3);
            List<String> seen = new java.util.ArrayList<>();
            String after = null;
            Instant previous = Instant.MIN;
            for (int page = 0; page < 100 && seen.size() < mine.size(); page++) {
                var request = given().queryParam("overdue", "true").queryParam("limit", 2);
                if (after != null) {
                    request.queryParam("after", after);
                }
                var response = request.when().get("/api/timeline/events").then().statusCode(200)
                        .body("items.overdue", everyItem(equalTo(true))).extract();
                List<String> ids = response.path("items.id");
                List<String> earliest = response.path("items.when.earliest");
                for (int i = 0; i < ids.size(); i++) {
                    Instant at = Instant.parse(earliest.get(i));
                    org.junit.jupiter.api.Assertions.assertFalse(at.isBefore(previous), "timeline order across pages");
                    previous = at;
                    if (List.of(first, second).contains((String) response.path("items[" + i + "].storyId"))) {
                        seen.add(ids.get(i));
                    }
                }
                after = response.path("nextCursor");
                if (after == null) {
                    break;
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(mine, seen);
        } finally {
            given().header("If-Match", "*").when().delete(STORIES + first).then().statusCode(204);
            given().header("If-Match", "*").when().delete(STORIES + second).then().statusCode(204);
        }
    }

    @Test
    void theOverdueListIsAskedForByNameAndPagedWithItsOwnCursors() {
        given().when().get("/api/timeline/events").then().statusCode(400)
                .body("errors.field", contains("overdue"));
        given().queryParam("overdue", "false").when().get("/api/timeline/events").then().statusCode(400)
                .body("errors.field", contains("overdue"));
        given().queryParam("overdue", "true").queryParam("after", "not-a-cursor").when().get("/api/timeline/events")
                .then().statusCode(400);
        given().queryParam("overdue", "true").queryParam("limit", 201).when().get("/api/timeline/events")
                .then().statusCode(422).body("errors.field", contains("limit"));
        given().queryParam("overdue", "true").queryParam("status", "SCHEDULED").when().get("/api/timeline/events")
                .then().statusCode(400);
    }
}
