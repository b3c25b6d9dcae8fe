package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.newsroom.timeline.repository.EventReads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a hot read costs in statements, whatever the page holds. Hibernate logs each statement it
 * sends under org.hibernate.SQL and the reactive-client reads log theirs under
 * {@link EventReads#STATEMENT_LOG} (both at debug in the test profile), so a handler on both
 * counts everything a request really sends to PostgreSQL.
 */
@QuarkusTest
class HotReadCostTest {

    private static final String STORIES = "/api/timeline/stories/";
    private static final int EVENTS = 60;

    private final StatementCounter counter = new StatementCounter();
    private final List<Logger> logs = List.of(Logger.getLogger("org.hibernate.SQL"), Logger.getLogger(EventReads.STATEMENT_LOG));

    @BeforeEach
    void listen() {
        logs.forEach(log -> log.addHandler(counter));
    }

    @AfterEach
    void stopListening() {
        logs.forEach(log -> log.removeHandler(counter));
    }

    @Test
    void oneEventAndAPageOfFiftyAreOneStatementEachAWindowThreeAndARevalidatedWindowOne() {
        String story = newStory();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            // Every event with two participants and a citation: details must not cost a statement per event.
            ids.add(newEvent(story, "Round of talks " + i, String.format("2025-11-%02d", 1 + i % 28),
                    "participants", List.of(json("name", "Witkoff"), json("name", "Umerov", "wikidataId", "Q4115189")),
                    "citations", List.of(json("url", "https://example.org/talks/" + i, "outlet", "Example"))));
        }
        for (int i = 1; i < 10; i++) {
            given().contentType(ContentType.JSON).body(json("fromEventId", ids.get(i), "toEventId", ids.get(0), "type", "FOLLOWS"))
                    .when().post(STORIES + story + "/relations").then().statusCode(201);
        }

        // Flagged citations and overdue events (all of these are still SCHEDULED in late 2025) cost nothing more.
        String article = given().contentType(ContentType.JSON)
                .body(json("url", "https://example.org/talks/7", "publishedAt", "2025-11-27T08:00:00Z"))
                .when().post(STORIES + story + "/articles").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "*").body(json("status", "RETRACTED", "note", "Withdrawn."))
                .when().post(STORIES + story + "/articles/" + article + "/status").then().statusCode(200);

        int oneEvent = statements(() -> given().when().get(STORIES + story + "/events/" + ids.get(7))
                .then().statusCode(200).body("participants", hasSize(2)).body("citations", hasSize(1))
                .body("citations[0].articleStatus", equalTo("RETRACTED")).body("overdue", equalTo(true)));
        int page = statements(() -> given().queryParam("limit", 50).when().get(STORIES + story + "/events")
                .then().statusCode(200).body("items", hasSize(50)).body("items[49].participants", hasSize(2))
                .body("items.overdue", everyItem(equalTo(true))));
        int filteredPage = statements(() -> given().queryParam("limit", 50).queryParam("participant", "umerov")
                .queryParam("asOf", "2100-01-01T00:00:00Z").when().get(STORIES + story + "/events")
                .then().statusCode(200).body("items", hasSize(50)));
        String[] etag = new String[1];
        int window = statements(() -> etag[0] = given().queryParam("limit", 50).when().get(STORIES + story + "/window")
                .then().statusCode(200).body("events", hasSize(50)).body("counts.events", equalTo(EVENTS))
                .body("relations", hasSize(9)).extract().header("ETag"));
        int revalidatedWindow = statements(() -> given().queryParam("limit", 50).header("If-None-Match", etag[0])
                .when().get(STORIES + story + "/window").then().statusCode(304));
        int unknownStory = statements(() -> given().when().get(STORIES + "no-story-here/events")
                .then().statusCode(404));
        String now = java.time.Instant.now().toString();
        int oneEventAsOf = statements(() -> given().queryParam("asOf", now).when().get(STORIES + story + "/events/" + ids.get(7))
                .then().statusCode(200).body("participants", hasSize(2)).body("citations", hasSize(1))
                .body("citations[0].articleStatus", equalTo("RETRACTED")));
        int windowAsOf = statements(() -> given().queryParam("limit", 50).queryParam("asOf", now).when().get(STORIES + story + "/window")
                .then().statusCode(200).body("events", hasSize(50)).body("counts.events", equalTo(EVENTS))
                .body("relations", hasSize(9)));
        int review = statements(() -> given().when().get(STORIES + story + "/review")
                .then().statusCode(200).body("items", hasSize(1)));
        int overdueList = statements(() -> given().queryParam("overdue", "true").queryParam("limit", 50)
                .when().get("/api/timeline/events").then().statusCode(200).body("items", hasSize(50)));
        int diary = statements(() -> given().queryParam("from", "2025-11").queryParam("to", "2025-11").queryParam("limit", 50)
                .when().get("/api/timeline/diary").then().statusCode(200).body("items", hasSize(50)));
        assertThat("the review list, with the story check", review, equalTo(1));
        assertThat("a page of overdue events across stories", overdueList, equalTo(1));
        assertThat("a page of the diary", diary, equalTo(1));
        System.out.printf("statements: one event %d, page of 50 %d, filtered page %d, window %d, revalidated window %d,"
                + " unknown story %d, one event as of %d, window as of %d%n", oneEvent, page, filteredPage, window,
                revalidatedWindow, unknownStory, oneEventAsOf, windowAsOf);

        assertThat("one event, with the story check, participants and citations", oneEvent, equalTo(1));
        assertThat("a page of 50, with the story check, participants and citations", page, equalTo(1));
        assertThat("a filtered page 'as of' a time, statuses of then included", filteredPage, equalTo(1));
        // The story's change count first (the tag), then the story with its counts and coverage and the page with
        // its relations, both sent at once.
        assertThat("a window", window, equalTo(3));
        assertThat("a window the client holds is its change count alone", revalidatedWindow, equalTo(1));
        assertThat("an unknown story is found out by the page statement itself", unknownStory, equalTo(1));
        assertThat("one event as of a time, from its revision", oneEventAsOf, equalTo(1));
        assertThat("a window as of a time, both halves from revisions", windowAsOf, equalTo(2));
    }

    private int statements(Supplier<?> request) {
        counter.reset();
        request.get();
        return counter.count();
    }

    private static final class StatementCounter extends Handler {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void publish(LogRecord record) {
            count.incrementAndGet();
        }

        void reset() {
            count.set(0);
        }

        int count() {
            return count.get();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
