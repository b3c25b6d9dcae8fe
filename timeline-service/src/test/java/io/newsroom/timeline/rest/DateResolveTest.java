package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DateResolveTest {

    private static io.restassured.response.ValidatableResponse resolve(String phrase, String publishedAt, String zone) {
        return given().contentType(ContentType.JSON)
                .body(json("phrase", phrase, "anchor", json("publishedAt", publishedAt, "zone", zone)))
                .when().post("/api/timeline/dates/resolve").then();
    }

    @Test
    void thursdayFromAFridayArticleInKyivIsTheDayBefore() {
        resolve("Thursday", "2025-11-28T09:00:00Z", "Europe/Kyiv").statusCode(200)
                .body("edtf", equalTo("2025-11-27"))
                .body("precision", equalTo("DAY"))
                .body("earliest", equalTo("2025-11-27T00:00:00Z"))
                .body("latest", equalTo("2025-11-27T23:59:59Z"))
                .body("phrase", equalTo("Thursday"))
                .body("anchor.zone", equalTo("Europe/Kyiv"));
    }

    @Test
    void earlyNextWeekKeepsItsUnitTheWeekApproximately() {
        resolve("early next week", "2025-11-28T09:00:00Z", "Europe/Kyiv").statusCode(200)
                .body("edtf", equalTo("2025-W49~"))
                .body("precision", equalTo("WEEK"))
                .body("approximate", equalTo(true))
                .body("earliest", equalTo("2025-12-01T00:00:00Z"));
    }

    @Test
    void vagueMonthsKeepTheMonth() {
        resolve("later this month", "2025-11-10T09:00:00Z", "Europe/Kyiv").statusCode(200)
                .body("edtf", equalTo("2025-11~")).body("precision", equalTo("MONTH")).body("approximate", equalTo(true));
        resolve("early next month", "2025-11-10T09:00:00Z", "Europe/Kyiv").statusCode(200)
                .body("edtf", equalTo("2025-12~")).body("precision", equalTo("MONTH")).body("approximate", equalTo(true));
    }

    @Test
    void anOffsetAsPrintedOnAPageIsAZone() {
        // 20:30Z is already the next day at +06:00 (Bishkek), so "today" there is the 28th.
        resolve("today", "2025-11-27T20:30:00Z", "+06:00").statusCode(200)
                .body("edtf", equalTo("2025-11-28")).body("anchor.zone", equalTo("+06:00"));
        resolve("today", "2025-11-27T20:30:00Z", "Z").statusCode(200).body("edtf", equalTo("2025-11-27"));
    }

    @Test
    void lastWeekIsAnIsoWeek() {
        resolve("last week", "2025-11-28T09:00:00Z", "America/New_York").statusCode(200)
                .body("edtf", equalTo("2025-W47")).body("precision", equalTo("WEEK"))
                .body("earliest", equalTo("2025-11-17T00:00:00Z"));
    }

    @Test
    void theZoneDecidesWhichDayYesterdayIs() {
        resolve("yesterday", "2025-11-27T23:30:00Z", "Europe/Kyiv").body("edtf", equalTo("2025-11-27"));
        resolve("yesterday", "2025-11-27T23:30:00Z", "America/Los_Angeles").body("edtf", equalTo("2025-11-26"));
    }

    @Test
    void inTwentyFourteenIsAYear() {
        resolve("in 2014", "2025-11-28T09:00:00Z", "UTC").statusCode(200)
                .body("edtf", equalTo("2014")).body("precision", equalTo("YEAR"));
    }

    @Test
    void anUnknownPhraseIsUnprocessableAndNamed() {
        resolve("around the holidays", "2025-11-28T09:00:00Z", "Europe/Kyiv").statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("'around the holidays'"))
                .body("errors.field", contains("phrase"));
    }

    @Test
    void anUnknownZoneIsUnprocessable() {
        resolve("today", "2025-11-28T09:00:00Z", "Mars/Olympus").statusCode(422)
                .body("errors.field", contains("anchor.zone"));
        resolve("today", "2025-11-28T09:00:00Z", "+25:00").statusCode(422).body("errors.field", contains("anchor.zone"));
    }

    @Test
    void aMissingAnchorIsUnprocessableAndABadInstantUnreadable() {
        given().contentType(ContentType.JSON).body(json("phrase", "today"))
                .when().post("/api/timeline/dates/resolve").then().statusCode(422).body("errors.field", contains("anchor"));
        resolve("today", "last friday", "UTC").statusCode(400).body("errors.field", contains("anchor.publishedAt"));
    }
}
