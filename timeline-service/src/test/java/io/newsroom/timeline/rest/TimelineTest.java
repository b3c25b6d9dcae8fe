package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.event;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.newsroom.timeline.rest.TestStories.timelineTitles;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineTest {

    /** The demo story's dates at their real precisions, created in a shuffled order. */
    @Test
    void mixedPrecisionsComeOutInOneTotalOrderOnEveryPageSize() {
        String story = newStory();
        List<String[]> dates = new ArrayList<>(List.of(
                new String[] {"Crimea annexed", "2014"},
                new String[] {"Alaska summit", "2025-08-15"},
                new String[] {"Year of the plan", "2025"},
                new String[] {"28-point plan unveiled", "2025-W47"},
                new String[] {"Talks in the week", "2025-W48"},
                new String[] {"Geneva talks", "2025-11-23"},
                new String[] {"Monday of the week", "2025-11-24"},
                new String[] {"Putin in Bishkek", "2025-11-27"},
                new String[] {"Morning briefing", "2025-11-27T10:00Z"},
                new String[] {"Witkoff in Moscow", "2025-12-01/2025-12-03"}));
        Collections.shuffle(dates);
        for (String[] d : dates) {
            newEvent(story, d[0], d[1]);
        }
        List<String> expected = List.of("Crimea annexed", "Year of the plan", "Alaska summit", "28-point plan unveiled",
                "Geneva talks", "Monday of the week", "Talks in the week", "Putin in Bishkek", "Morning briefing",
                "Witkoff in Moscow");
        assertEquals(expected, timelineTitles(story, Map.of()));
        for (int limit : new int[] {1, 3, 4}) {
            assertEquals(expected, walk(story, limit, Map.of()), "page size " + limit);
        }
    }

    @Test
    void positionBreaksTiesAndEventsWithoutOneComeLast() {
        String story = newStory();
        newEvent(story, "No position", "2025-11-23");
        newEvent(story, "Second", "2025-11-23", "position", 2);
        newEvent(story, "First", "2025-11-23", "position", 1);
        assertEquals(List.of("First", "Second", "No position"), timelineTitles(story, Map.of()));
        assertEquals(List.of("First", "Second", "No position"), walk(story, 1, Map.of()));
    }

    @Test
    void sameDatesWithoutPositionStayInAStableOrder() {
        String story = newStory();
        for (int i = 0; i < 5; i++) {
            newEvent(story, "Tie " + i, "2025-11-23");
        }
        List<String> once = timelineTitles(story, Map.of());
        assertEquals(once, timelineTitles(story, Map.of()));
        assertEquals(once, walk(story, 2, Map.of()));
    }

    @Test
    void fromAndToSelectByOverlap() {
        String story = newStory();
        newEvent(story, "Crimea annexed", "2014");
        newEvent(story, "Year of the plan", "2025");
        newEvent(story, "Late November week", "2025-W48");
        newEvent(story, "Geneva talks", "2025-11-23");
        newEvent(story, "Long talks", "2025-10-30", "end", Map.of("edtf", "2025-11-02"));
        newEvent(story, "December visit", "2025-12-02");
        assertEquals(List.of("Year of the plan", "Long talks", "Geneva talks", "Late November week"),
                timelineTitles(story, Map.of("from", "2025-11", "to", "2025-11")));
        assertEquals(List.of("Year of the plan", "Late November week", "December visit"),
                timelineTitles(story, Map.of("from", "2025-11-24T00:00:00Z")));
        assertEquals(List.of("Crimea annexed"), timelineTitles(story, Map.of("to", "2014-12-31T23:59:59Z")));
    }

    @Test
    void filtersByStatusKindAndParticipant() {
        String story = newStory();
        newEvent(story, event("Alaska summit", "2025-08-15", "status", "OCCURRED",
                "participants", List.of(json("name", "Vladimir Putin", "wikidataId", "Q7747"), json("name", "Donald Trump"))));
        newEvent(story, event("Witkoff in Moscow", "2025-12-01/2025-12-03", "participants", List.of(json("name", "Steve Witkoff"))));
        newEvent(story, json("title", "Bishkek remarks", "kind", "STATEMENT", "when", Map.of("edtf", "2025-11-27"),
                "status", "OCCURRED", "participants", List.of(json("name", "Vladimir Putin"))));
        assertEquals(List.of("Alaska summit", "Bishkek remarks"), timelineTitles(story, Map.of("status", "OCCURRED")));
        assertEquals(List.of("Witkoff in Moscow"), timelineTitles(story, Map.of("status", "scheduled")));
        assertEquals(List.of("Alaska summit", "Witkoff in Moscow"), timelineTitles(story, Map.of("kind", "MEETING")));
        assertEquals(List.of("Bishkek remarks"), timelineTitles(story, Map.of("kind", "STATEMENT", "status", "OCCURRED")));
        given().queryParam("kind", "MEETING", "STATEMENT").when().get("/api/timeline/stories/" + story + "/events")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(3));
        assertEquals(List.of("Alaska summit", "Bishkek remarks"), timelineTitles(story, Map.of("participant", "vladimir putin")));
        assertEquals(List.of("Alaska summit"), timelineTitles(story, Map.of("participant", "Q7747")));
        assertEquals(List.of(), timelineTitles(story, Map.of("participant", "Nobody")));
    }

    @Test
    void fullTextSearchesTitleAndDescription() {
        String story = newStory();
        // English events are stemmed in English: "territories" finds "territory".
        newEvent(story, "US unveils 28-point plan", "2025-W47", "kind", "PROPOSAL", "language", "en",
                "description", "Draft drawn up with Russian input; Kyiv objects to ceding territory.");
        newEvent(story, "19-point plan agreed in Geneva", "2025-11-23", "kind", "PROPOSAL", "language", "en",
                "description", "Revised framework after talks with Ukrainian negotiators.");
        newEvent(story, "Drone strikes on Kyiv", "2025-11-25", "kind", "MILITARY");
        assertEquals(List.of("US unveils 28-point plan", "19-point plan agreed in Geneva"),
                timelineTitles(story, Map.of("q", "plan")));
        assertEquals(List.of("US unveils 28-point plan"), timelineTitles(story, Map.of("q", "territories")));
        assertEquals(List.of("19-point plan agreed in Geneva"), timelineTitles(story, Map.of("q", "negotiator")));
        assertEquals(List.of("US unveils 28-point plan", "Drone strikes on Kyiv"), timelineTitles(story, Map.of("q", "kyiv")));
        assertEquals(List.of("US unveils 28-point plan"), timelineTitles(story, Map.of("q", "kyiv -drone")));
        assertEquals(List.of(), timelineTitles(story, Map.of("q", "\"")));
    }

    @Test
    void asOfShowsWhatWasRecordedByThenWithTheStatusesOfThen() {
        String story = newStory();
        String visit = newEvent(story, "Witkoff in Moscow", "2025-12-01/2025-12-03");
        String visitRecorded = given().when().get("/api/timeline/stories/" + story + "/events/" + visit)
                .then().extract().path("recordedAt");
        String transitionRecorded = given().contentType(ContentType.JSON)
                .body(json("status", "OCCURRED", "citation", json("url", "https://example.org/moscow-talks",
                        "publishedAt", "2025-12-02T21:00:00Z")))
                .when().post("/api/timeline/stories/" + story + "/events/" + visit + "/transitions")
                .then().statusCode(201).extract().path("recordedAt");
        newEvent(story, "Later addition", "2025-11-20");

        String path = "/api/timeline/stories/" + story + "/events";
        given().queryParam("asOf", visitRecorded).when().get(path).then().statusCode(200)
                .body("items.title", contains("Witkoff in Moscow"))
                .body("items[0].status", equalTo("SCHEDULED"));
        given().queryParam("asOf", visitRecorded).queryParam("status", "OCCURRED").when().get(path).then()
                .body("items", org.hamcrest.Matchers.empty());
        given().queryParam("asOf", transitionRecorded).when().get(path).then()
                .body("items.title", contains("Witkoff in Moscow"))
                .body("items[0].status", equalTo("OCCURRED"));
        given().queryParam("asOf", java.time.Instant.parse(visitRecorded).minusMillis(1).toString()).when().get(path)
                .then().body("items", org.hamcrest.Matchers.empty());
        given().when().get(path).then().body("items.title", contains("Later addition", "Witkoff in Moscow"));
    }

    @Test
    void pageLimitsAreBoundedAndCursorsChecked() {
        String story = newStory();
        String path = "/api/timeline/stories/" + story + "/events";
        given().queryParam("limit", 201).when().get(path).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("limit"));
        given().queryParam("limit", 0).when().get(path).then().statusCode(422);
        given().queryParam("limit", 200).when().get(path).then().statusCode(200);
        given().queryParam("limit", "many").when().get(path).then().statusCode(400);
        given().queryParam("after", "garbage!").when().get(path).then().statusCode(400)
                .body("errors.field", contains("after"));
        given().queryParam("after", java.util.Base64.getUrlEncoder().encodeToString("a\u001fb\u001fc\u001fd".getBytes()))
                .when().get(path).then().statusCode(400);
        given().queryParam("status", "HAPPENING").when().get(path).then().statusCode(400).body("errors.field", contains("status"));
        given().queryParam("asOf", "yesterday").when().get(path).then().statusCode(400).body("errors.field", contains("asOf"));
        given().queryParam("from", "2025-13").when().get(path).then().statusCode(400).body("errors.field", contains("from"));
    }

    @Test
    void theLastPageHasNoNextCursorAndNoLink() {
        String story = newStory();
        newEvent(story, "Only", "2025");
        given().queryParam("limit", 1).when().get("/api/timeline/stories/" + story + "/events").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.nullValue())
                .body("nextCursor", org.hamcrest.Matchers.nullValue())
                .body("items.title", containsInAnyOrder("Only"));
    }

    /** Follows nextCursor through the timeline and checks the Link header points to the same page. */
    static List<String> walk(String story, int limit, Map<String, ?> query) {
        List<String> titles = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParams(query).queryParam("limit", limit);
            if (after != null) {
                request.queryParam("after", after);
            }
            var response = request.when().get("/api/timeline/stories/" + story + "/events").then().statusCode(200).extract();
            titles.addAll(response.path("items.title"));
            after = response.path("nextCursor");
            if (after != null) {
                String link = response.header("Link");
                org.junit.jupiter.api.Assertions.assertTrue(link != null && link.contains("after=" + after), link);
            }
        } while (after != null);
        return titles;
    }
}
