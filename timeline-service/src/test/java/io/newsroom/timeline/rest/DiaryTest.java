package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.OverdueTest.transition;
import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forward-planning diary: what is expected across stories in a window, in timeline order. */
@QuarkusTest
class DiaryTest {

    private static final String DIARY = "/api/timeline/diary";

    @Test
    void theDiaryListsWhatIsExpectedInTheWindowAcrossStoriesInTimelineOrderPaged() {
        // A year no other test writes, so the window holds this test's events only.
        String z = String.valueOf(2600 + (int) (Math.random() * 390));
        String first = newStory();
        String second = newStory();
        String reaching = newEvent(first, "Negotiations", z + "-05-20/" + z + "-06-01");
        String third = newEvent(first, "Summit", z + "-06-03");
        newEvent(first, "After the week", z + "-06-08");
        String called = newEvent(first, "Called off", z + "-06-05");
        transition(first, called, json("status", "CANCELLED"));
        String month = newEvent(second, "Sometime in June", z + "-06");
        String postponed = newEvent(second, "Talks", z + "-06-02");
        transition(second, postponed, json("status", "POSTPONED"));
        String movedIn = newEvent(second, "Visit", z + "-05-04");
        transition(second, movedIn, json("status", "RESCHEDULED", "newWhen", Map.of("edtf", z + "-06-06")));
        String movedOut = newEvent(second, "Signing", z + "-06-04");
        transition(second, movedOut, json("status", "RESCHEDULED", "newWhen", Map.of("edtf", z + "-07-01")));

        String from = z + "-06-01";
        String to = z + "-06-07";
        given().queryParam("from", from).queryParam("to", to).when().get(DIARY).then().statusCode(200)
                .body("items.id", contains(reaching, month, postponed, third, movedIn))
                .body("items.status", contains("SCHEDULED", "SCHEDULED", "POSTPONED", "SCHEDULED", "RESCHEDULED"))
                .body("items.overdue", everyItem(equalTo(false)))
                .body("nextCursor", nullValue());

        String next = given().queryParam("from", from).queryParam("to", to).queryParam("limit", 2).when().get(DIARY)
                .then().statusCode(200).body("items.id", contains(reaching, month))
                .header("Link", containsString("rel=\"next\"")).extract().path("nextCursor");
        String last = given().queryParam("from", from).queryParam("to", to).queryParam("limit", 2).queryParam("after", next)
                .when().get(DIARY).then().statusCode(200).body("items.id", contains(postponed, third))
                .extract().path("nextCursor");
        given().queryParam("from", from).queryParam("to", to).queryParam("limit", 2).queryParam("after", last)
                .when().get(DIARY).then().statusCode(200).body("items.id", contains(movedIn)).body("nextCursor", nullValue());

        // Instants and EDTF dates both bound it: the week of the 2nd to the 3rd day, by instants.
        given().queryParam("from", z + "-06-02T12:00:00Z").queryParam("to", z + "-06-03T00:00:00Z").when().get(DIARY)
                .then().statusCode(200).body("items.id", contains(month, postponed, third));
    }

    @Test
    void aDiaryNeedsBothBoundsInOrderAndAtMost366DaysApart() {
        given().queryParam("to", "2026-12-13").when().get(DIARY).then().statusCode(400).body("errors.field", contains("from"));
        given().queryParam("from", "2026-12-07").when().get(DIARY).then().statusCode(400).body("errors.field", contains("to"));
        given().queryParam("from", "2026-12-14").queryParam("to", "2026-12-13").when().get(DIARY).then().statusCode(400)
                .body("errors.field", contains("to"));
        given().queryParam("from", "2026-01-01").queryParam("to", "2027-01-02").when().get(DIARY).then().statusCode(400)
                .body("errors.field", contains("to"));
        given().queryParam("from", "next week").queryParam("to", "2026-12-13").when().get(DIARY).then().statusCode(400)
                .body("errors.field", contains("from"));
        given().queryParam("from", "2026-12-07").queryParam("to", "2026-13-01").when().get(DIARY).then().statusCode(400)
                .body("errors.field", contains("to"));
        given().queryParam("from", "2026-12-07").queryParam("to", "2026-12-13").queryParam("limit", 0).when().get(DIARY)
                .then().statusCode(422).body("errors.field", contains("limit"));
        given().queryParam("from", "2026-12-07").queryParam("to", "2026-12-13").queryParam("after", "nope").when().get(DIARY)
                .then().statusCode(400);
        // A leap year is 366 days: the longest window there is.
        given().queryParam("from", "2028").queryParam("to", "2028").when().get(DIARY).then().statusCode(200);
        given().queryParam("from", "2026-12-07").queryParam("to", "2026-12-07").when().get(DIARY).then().statusCode(200);
    }
}
