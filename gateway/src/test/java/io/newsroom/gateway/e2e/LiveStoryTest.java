package io.newsroom.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What issue 13 asks of corrections and overdue events, through the gateway and the real services: an outlet's
 * retraction recorded in the timeline-service reaches the claims-service by its change feed, and the story view, the
 * reader page and the review list all say it beside the facts resting on the article; an event scheduled for
 * yesterday is overdue in the view, on the page and in the TimelineJS export, and the diary lists next week's.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class LiveStoryTest {

    private static final DateTimeFormatter READER_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** The claims-service asks the timeline's feed every few seconds; a busy machine may take a few rounds. */
    private static final Duration FEED_REACHES_CLAIMS = Duration.ofSeconds(120);
    private static final String NOTE = "The interview quoted in this report did not take place.";

    private static String timeline() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.timeline.url", String.class) + "/api/timeline";
    }

    private static void importBundle(String bundle) {
        given().contentType(ContentType.JSON).body(bundle).when().post("/api/bundles")
                .then().log().ifValidationFails().statusCode(201).body("rejected", empty());
    }

    /** The markup of the element with this id, up to its own closing tag. */
    private static String element(String html, String tag, String id) {
        int at = html.indexOf(" id=\"" + id + "\"");
        assertTrue(at >= 0, "an element with id " + id + " in " + html);
        int open = html.lastIndexOf("<" + tag, at);
        int depth = 0;
        for (int i = open; i < html.length(); i++) {
            if (html.startsWith("<" + tag + " ", i) || html.startsWith("<" + tag + ">", i)) {
                depth++;
            } else if (html.startsWith("</" + tag + ">", i) && --depth == 0) {
                return html.substring(open, i);
            }
        }
        throw new AssertionError("element " + id + " is not closed");
    }

    private static String readerPage(String storyId) {
        return given().accept("text/html").when().get("/stories/{id}", storyId).then().statusCode(200).extract().asString();
    }

    private static JsonPath view(String storyId) {
        return given().when().get("/api/stories/{id}", storyId).then().log().ifValidationFails().statusCode(200)
                .body("degraded", empty()).extract().jsonPath();
    }

    @Test
    void retractingAnArticleFlagsTheEventsAndClaimsCitingItInTheViewThePageAndTheReviewList() throws Exception {
        String storyId = "retraction-" + UUID.randomUUID().toString().substring(0, 8);
        String url = "https://wire.example/2026/11/20/interview-" + storyId;
        importBundle("""
                {"format":"newsroom-story-bundle","version":1,
                 "story":{"id":"%1$s","title":"Talks and a retracted interview"},
                 "outlets":[{"id":"wire","name":"Wire Example","domain":"wire.example","bias":"CENTER","factuality":"HIGH"}],
                 "articles":[{"id":"interview","url":"%2$s","outletId":"wire","title":"Minister: the talks are over",
                              "publishedAt":"2026-11-20T12:00:00Z","zone":"UTC"}],
                 "events":[
                   {"id":"talks","title":"Talks end without agreement","kind":"MEETING","status":"OCCURRED","when":{"edtf":"2026-11-20"},
                    "citations":[{"url":"%2$s","outlet":"Wire Example","title":"Minister: the talks are over"}]},
                   {"id":"summit","title":"Leaders hold a summit","kind":"MEETING","status":"OCCURRED","when":{"edtf":"2026-11-10"},
                    "citations":[{"url":"https://news.example/summit-%1$s","outlet":"News Example"}]}],
                 "actors":[{"id":"minister","name":"Minister %1$s","kind":"PERSON"},{"id":"analyst","name":"Analyst %1$s","kind":"PERSON"}],
                 "claims":[
                   {"id":"over","proposition":"The talks are over.","claimantId":"minister","eventId":"talks","madeAt":{"edtf":"2026-11-20"},
                    "appearances":[{"url":"%2$s","outlet":"Wire Example","quote":"the talks are over"}]},
                   {"id":"held","proposition":"The summit was held.","claimantId":"analyst","eventId":"summit","madeAt":{"edtf":"2026-11-10"},
                    "appearances":[{"url":"https://news.example/summit-%1$s","outlet":"News Example"}]}]}
                """.formatted(storyId, url));
        JsonPath before = view(storyId);
        String talks = before.getString("timeline.find { it.event.title == 'Talks end without agreement' }.event.id");
        String summit = before.getString("timeline.find { it.event.title == 'Leaders hold a summit' }.event.id");
        assertEquals(List.of(), before.getList("timeline.find { it.event.id == '%s' }.warnings".formatted(talks)));

        // The outlet retracts the interview: recorded in the timeline-service, as a desk does it.
        String articleId = given().when().get(timeline() + "/stories/{id}/articles", storyId).then().statusCode(200)
                .extract().path("items.find { it.url == '%s' }.id".formatted(url));
        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("status", "RETRACTED", "note", NOTE))
                .when().post(timeline() + "/stories/{id}/articles/{articleId}/status", storyId, articleId)
                .then().log().ifValidationFails().statusCode(200);

        // The claims-service learns it from the timeline's feed, on its own: the view shows it once it has.
        JsonPath after = awaitView(storyId, v -> "RETRACTED".equals(
                v.getString("claims.find { it.proposition == 'The talks are over.' }.appearances[0].articleStatus")));
        String event = "timeline.find { it.event.id == '%s' }".formatted(talks);
        assertEquals("RETRACTED", after.getString(event + ".event.citations[0].articleStatus"));
        assertEquals(NOTE, after.getString(event + ".event.citations[0].articleStatusNote"));
        assertEquals(List.of("article-retracted"), after.getList(event + ".warnings.reason"));
        assertEquals(NOTE, after.getString(event + ".warnings[0].note"));
        assertEquals(List.of("article-retracted"), after.getList(event + ".claims[0].warnings.reason"), "the claim made there");
        assertEquals(NOTE, after.getString("claims.find { it.proposition == 'The talks are over.' }.appearances[0].articleStatusNote"));
        String other = "timeline.find { it.event.id == '%s' }".formatted(summit);
        assertEquals(List.of(), after.getList(other + ".warnings"), "an event citing something else is left alone");
        assertEquals(List.of(), after.getList(other + ".claims[0].warnings"));

        String html = readerPage(storyId);
        String row = element(html, "li", "event-" + talks);
        assertTrue(row.contains("<strong class=\"warning__label\">Source retracted.</strong> Wire Example has withdrawn "
                + "\u201cMinister: the talks are over\u201d, which this rests on. Its note: \u201c" + NOTE + "\u201d"), row);
        assertTrue(row.indexOf("<q>The talks are over.</q>") < row.lastIndexOf("Source retracted."), "and beside its claim");
        assertFalse(element(html, "li", "event-" + summit).contains("warning"), "the other event carries no warning");

        given().when().get("/api/stories/{id}/review", storyId).then().log().ifValidationFails().statusCode(200)
                .body("degraded", empty())
                .body("items.findAll { it.kind == 'event' }.id", equalTo(List.of(talks)))
                .body("items.find { it.kind == 'event' }.reasons[0].reason", equalTo("article-retracted"))
                .body("items.find { it.kind == 'event' }.reasons[0].note", equalTo(NOTE))
                .body("items.findAll { it.kind == 'claim' }.proposition", equalTo(List.of("The talks are over.")))
                .body("items.find { it.kind == 'claim' }.reasons[0].reason", equalTo("article-retracted"));
    }

    @Test
    void anEventScheduledForYesterdayIsOverdueEverywhereAndTheDiaryShowsNextWeeks() {
        String storyId = "overdue-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate yesterday = today.minusDays(1);
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate nextWeek = nextMonday.plusDays(2);
        importBundle("""
                {"format":"newsroom-story-bundle","version":1,
                 "story":{"id":"%1$s","title":"Meetings expected"},
                 "events":[
                   {"id":"yesterday","title":"Ministers meet %1$s","kind":"MEETING","status":"SCHEDULED","when":{"edtf":"%2$s"}},
                   {"id":"next-week","title":"Envoy visits %1$s","kind":"MEETING","status":"SCHEDULED","when":{"edtf":"%3$s"}},
                   {"id":"called-off","title":"Summit called off %1$s","kind":"MEETING","status":"CANCELLED","when":{"edtf":"%2$s"}}]}
                """.formatted(storyId, yesterday, nextWeek));

        JsonPath view = view(storyId);
        String met = "timeline.find { it.event.title == 'Ministers meet %s' }".formatted(storyId);
        String visit = "timeline.find { it.event.title == 'Envoy visits %s' }".formatted(storyId);
        assertTrue(view.getBoolean(met + ".event.overdue"), "the timeline-service says it is overdue");
        assertTrue(view.getBoolean(met + ".overdue"));
        assertFalse(view.getBoolean(met + ".upcoming"), "expected yesterday is no longer upcoming");
        assertTrue(view.getBoolean(visit + ".upcoming"));
        assertFalse(view.getBoolean(visit + ".overdue"));
        String metId = view.getString(met + ".event.id");
        String visitId = view.getString(visit + ".event.id");

        String html = readerPage(storyId);
        String row = element(html, "li", "event-" + metId);
        assertTrue(row.contains("Expected " + READER_DAY.format(yesterday) + " \u2014 not confirmed"), row);
        assertFalse(row.contains("Upcoming"), row);
        assertTrue(element(html, "li", "event-" + visitId).contains("Upcoming: scheduled"));

        given().when().get("/api/stories/{id}/exports/timelinejs", storyId).then().log().ifValidationFails().statusCode(200)
                .body("events.find { it.unique_id == '%s' }.display_date".formatted(metId),
                        equalTo("Expected " + READER_DAY.format(yesterday) + " \u2014 not confirmed"))
                .body("events.find { it.unique_id == '%s' }.display_date".formatted(visitId),
                        equalTo("Scheduled: " + READER_DAY.format(nextWeek)))
                .body("events.find { it.text.headline == 'Summit called off %s' }.display_date".formatted(storyId),
                        equalTo("Cancelled, was to be " + READER_DAY.format(yesterday)));

        // Did it happen? The timeline-service lists it across stories; the diary of next week has the visit only.
        given().queryParam("overdue", true).queryParam("limit", 200).when().get(timeline() + "/events").then()
                .log().ifValidationFails().statusCode(200)
                .body("items.id", hasItem(metId))
                .body("items.id", not(hasItem(visitId)));
        given().queryParam("from", nextMonday.toString()).queryParam("to", nextMonday.plusDays(6).toString()).queryParam("limit", 200)
                .when().get(timeline() + "/diary").then().log().ifValidationFails().statusCode(200)
                .body("items.id", hasItem(visitId))
                .body("items.id", not(hasItem(metId)))
                .body("items.find { it.id == '%s' }.title".formatted(visitId), containsString("Envoy visits"));
    }

    /** Asks for the view until it shows what the feed brings (each answer checked as it comes), within a bound. */
    private static JsonPath awaitView(String storyId, java.util.function.Predicate<JsonPath> shown) throws InterruptedException {
        long deadline = System.nanoTime() + FEED_REACHES_CLAIMS.toNanos();
        JsonPath last = view(storyId);
        while (!shown.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the view did not show the change within " + FEED_REACHES_CLAIMS + ": "
                        + last.prettify());
            }
            Thread.sleep(500);
            last = view(storyId);
        }
        return last;
    }
}
