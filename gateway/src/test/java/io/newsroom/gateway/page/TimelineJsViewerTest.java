package io.newsroom.gateway.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.stylebook.Edtf;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The TimelineJS export as a newsroom embeds it: the real viewer (npm {@code @knight-lab/timelinejs}, the version the
 * test command installs) served from a site of another origin ({@link NewsroomSite}), in a real headless Chromium.
 * On the newsroom's own page the viewer fetches the export by URL, which holds the export to what the viewer reads
 * and the gateway to the CORS answer a browser needs; on the gateway's embed page it opens where the gateway says, on
 * the story's latest weeks. Skipped, with the reason printed, where the browser or the viewer cannot be had.
 */
@QuarkusTest
@TestProfile(TimelineJsViewerProfile.class)
class TimelineJsViewerTest extends StubbedServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Events of the demo story's last weeks: the week of 17 November 2025 to the week of 1 December. */
    private static final List<String> RECENT = List.of("US 28-point peace plan made public", "US and Ukrainian delegations talk in Geneva",
            "Plan cut down to 19 points", "Putin speaks to reporters in Bishkek", "ISW says a quick Russian victory in Donetsk is not in sight",
            "Zelensky announces key negotiations in his weekly address", "Ukrainian delegation to meet US officials",
            "Witkoff to visit Moscow", "Army Secretary Driscoll may travel to Kyiv", TimelineJsViewerTest.CANCELLED, TimelineJsViewerTest.OVERDUE);
    /** The demo story's oldest events, years and months before its last weeks. */
    private static final List<String> OLD = List.of("Russia annexes Crimea", "Moscow declares four Ukrainian regions annexed",
            "Trump and Putin meet in Alaska");
    private static final String CANCELLED = "Briefing for reporters";
    private static final String OVERDUE = "Foreign ministers meet";

    @TestHTTPResource("/")
    URL gateway;

    private static Chromium browser;
    private String storyId;

    @BeforeAll
    static void launch() throws Exception {
        Optional<Path> binary = Chromium.binary();
        String reason = binary.isEmpty() ? "no Chromium found (looked for $CHROMIUM and /usr/bin/chromium)"
                : !Files.isRegularFile(NewsroomSite.VIEWER.resolve("js/timeline.js"))
                        ? "no TimelineJS viewer at " + NewsroomSite.VIEWER.toAbsolutePath() : null;
        if (reason != null) {
            System.out.println("SKIPPED TimelineJsViewerTest: " + reason + "; bin/test installs both where it can.");
            assumeTrue(false, reason);
        }
        browser = Chromium.launch(binary.get());
    }

    @AfterAll
    static void quit() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void story() {
        storyId = "embed-" + UUID.randomUUID().toString().substring(0, 8);
        StoryStubs.healthyTimeline(timeline, storyId);
        StoryStubs.healthyClaims(claims, storyId);
    }

    @Test
    void theViewerOnAnotherOriginLoadsTheExportByUrlAndDrawsEveryEvent() throws Exception {
        String export = gateway.toString().replace("localhost", "127.0.0.1") + "api/stories/" + storyId + "/exports/timelinejs";
        List<String> headlines = new ArrayList<>();
        given().when().get("/api/stories/{id}/exports/timelinejs", storyId).then().statusCode(200)
                .extract().jsonPath().getList("events.text.headline", String.class).forEach(headlines::add);
        assumeTrue(!headlines.isEmpty(), "the stubbed story has events");

        browser.viewport(1200, 800);
        browser.open(site() + "/embed.html?export=" + URLEncoder.encode(export, StandardCharsets.UTF_8));

        JsonNode drawn = waitForMarkers(headlines.size());
        List<String> seen = new ArrayList<>();
        drawn.forEach(headline -> seen.add(headline.asText()));
        assertEquals(headlines.stream().sorted().toList(), seen.stream().sorted().toList(),
                "the viewer draws one marker per exported event, headlines as exported; browser log: " + browser.log());
    }

    /**
     * The demo story reaches back to 2014; by itself the viewer opens on its title slide with the whole story two
     * screens wide, showing 2012 to 2016 and one marker. The embed page opens on the latest event, the weeks around it
     * on screen, and the older events off it, a click or a zoom away.
     */
    @Test
    void theEmbedPageOpensOnTheStorysLatestWeeks() throws Exception {
        demoTimeline();
        browser.viewport(1100, 700);
        browser.open(gateway + "stories/" + storyId + "/timeline");
        int events = DemoStory.bundle().events().size() + 2;
        assertEquals(events, waitForMarkers(events).size(), "every event drawn; browser log: " + browser.log());
        JsonNode opened = waitForTheOpeningView();

        String current = opened.path("current").asText();
        assertEquals(opened.path("last").asText(), current, "opens on the story's latest event: " + opened);
        assertTrue(List.of("Witkoff to visit Moscow", "Army Secretary Driscoll may travel to Kyiv").contains(current), current);
        List<String> inView = new ArrayList<>();
        opened.path("inView").forEach(h -> inView.add(h.asText()));
        for (String recent : RECENT) {
            assertTrue(inView.contains(recent), "in view on opening: " + recent + "; seen " + inView);
        }
        for (String old : OLD) {
            assertFalse(inView.contains(old), "off screen on opening: " + old + "; seen " + inView);
        }
    }

    /** The viewer says what the export says of a cancelled event, and of an overdue one with a separate end. */
    @Test
    void theViewerShowsCancelledAndOverdueEventsAsTheExportSaysThem() throws Exception {
        demoTimeline();
        browser.viewport(1100, 700);
        browser.open(gateway + "stories/" + storyId + "/timeline");
        waitForMarkers(DemoStory.bundle().events().size() + 2);
        JsonNode slides = browser.evaluate("""
                Object.fromEntries(Array.from(document.querySelectorAll('.tl-slide')).map(s => {
                  const h = s.querySelector('.tl-headline');
                  const d = s.querySelector('.tl-headline-date');
                  return [h ? h.textContent.trim() : '', { date: d ? d.textContent.trim() : '', text: s.textContent }];
                }))""");
        assertEquals("Cancelled, was to be 26 November 2025", slides.path(CANCELLED).path("date").asText(), slides.toString());
        assertTrue(slides.path(CANCELLED).path("text").asText().contains("this did not take place"), slides.toString());
        assertEquals("Expected 29 November 2025 to 30 November 2025 \u2014 not confirmed",
                slides.path(OVERDUE).path("date").asText(), slides.toString());
        assertTrue(slides.path(OVERDUE).path("text").asText().contains("nobody has recorded whether it took place"), slides.toString());
    }

    @Test
    void theEmbedPageMayBeFramedAndLoadsOnlyTheViewer() {
        given().when().get("/stories/{id}/timeline", storyId).then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("Content-Security-Policy", containsString("script-src 'self' " + site().replaceAll("(//[^/]+).*", "$1")))
                .header("Content-Security-Policy", containsString("connect-src 'none'"))
                .body(containsString("<script src=\"" + site() + "/js/timeline.js\"></script>"))
                .body(containsString("<a href=\"/stories/" + storyId + "\" target=\"_top\">Read the story as a page</a>"));
    }

    /**
     * The demo story's events as the timeline-service serves them, and two of its own: a briefing cancelled and a
     * meeting of two days, expected and never confirmed.
     */
    private void demoTimeline() throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Event e : DemoStory.bundle().events()) {
            items.add(event(e.id(), e.title(), e.kind().name(), e.status().name(), false, e.when(), e.end()));
        }
        items.add(event("briefing", CANCELLED, "STATEMENT", "CANCELLED", false, EdtfDate.of("2025-11-26"), null));
        items.add(event("ministers", OVERDUE, "MEETING", "SCHEDULED", true, EdtfDate.of("2025-11-29"), EdtfDate.of("2025-11-30")));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("nextCursor", null);
        timeline.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/timeline/stories/" + storyId + "/events")).atPriority(1)
                .willReturn(WireMock.okJson(JSON.writeValueAsString(page))));
    }

    private static Map<String, Object> event(String key, String title, String kind, String status, boolean overdue, EdtfDate when,
            EdtfDate end) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
        event.put("title", title);
        event.put("kind", kind);
        event.put("when", date(when));
        if (end != null) {
            event.put("end", date(end));
        }
        event.put("status", status);
        event.put("overdue", overdue);
        event.put("participants", List.of());
        event.put("citations", List.of());
        event.put("updatedAt", "2025-11-28T15:00:00Z");
        return event;
    }

    /** A date with the bounds and precision the timeline-service works out for it, by the shared rules. */
    private static Map<String, Object> date(EdtfDate date) {
        Edtf edtf = Edtf.parse(date.edtf());
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("edtf", date.edtf());
        value.put("precision", edtf.precision().name());
        value.put("earliest", edtf.earliest().toString());
        value.put("latest", edtf.latest().toString());
        value.put("approximate", edtf.approximate());
        value.put("uncertain", edtf.uncertain());
        return value;
    }

    private static String site() {
        return ConfigProvider.getConfig().getValue(NewsroomSite.VIEWER_SETTING, String.class);
    }

    private static JsonNode waitForMarkers(int expected) throws InterruptedException {
        String markers = "Array.from(document.querySelectorAll('.tl-timemarker .tl-headline')).map(h => h.textContent.trim())";
        JsonNode drawn = browser.evaluate(markers);
        for (int i = 0; i < 300 && drawn.size() < expected; i++) {
            Thread.sleep(50);
            drawn = browser.evaluate(markers);
        }
        return drawn;
    }

    /**
     * The view once the viewer has moved to its opening slide (it animates there): the current slide, the viewer's
     * last, and every marker at least partly inside the visible time axis.
     */
    private static JsonNode waitForTheOpeningView() throws InterruptedException {
        String view = """
                (() => {
                  const nav = document.querySelector('.tl-timenav').getBoundingClientRect();
                  const inView = Array.from(document.querySelectorAll('.tl-timemarker')).filter(m => {
                    const box = m.getBoundingClientRect();
                    return box.right > nav.left && box.left < nav.right;
                  }).map(m => m.querySelector('.tl-headline').textContent.trim());
                  const t = window.timeline;
                  const events = t.config.events;
                  const active = document.querySelector('.tl-timemarker-active');
                  return { current: t.config.event_dict[t.current_id] ? t.config.event_dict[t.current_id].text.headline : '',
                           last: events[events.length - 1].text.headline, inView: inView,
                           activeLeft: active ? Math.round(active.getBoundingClientRect().left) : null };
                })()""";
        JsonNode before = browser.evaluate(view);
        for (int i = 0; i < 100; i++) {
            Thread.sleep(100);
            JsonNode now = browser.evaluate(view);
            if (!now.path("activeLeft").isNull() && now.path("activeLeft").equals(before.path("activeLeft"))) {
                return now;
            }
            before = now;
        }
        return before;
    }
}
