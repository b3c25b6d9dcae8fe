package io.newsroom.gateway.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The TimelineJS export as a newsroom embeds it: the real viewer (npm {@code @knight-lab/timelinejs}, the version the
 * test command installs) on a page of another origin, given the export's URL, in a real headless Chromium. The
 * viewer fetches the export itself, so this holds the export to what the viewer reads and the gateway to the CORS
 * answer a browser needs. Skipped, with the reason printed, where the browser or the viewer cannot be had.
 */
@QuarkusTest
@TestProfile(ReaderPageServicesProfile.class)
class TimelineJsViewerTest extends StubbedServicesTest {

    /** Where the test command installs the viewer; TIMELINEJS_DIST names another copy of its dist folder. */
    private static final Path VIEWER = Path.of(Optional.ofNullable(System.getenv("TIMELINEJS_DIST"))
            .orElse("../.tools/node_modules/@knight-lab/timelinejs/dist"));

    @TestHTTPResource("/")
    URL gateway;

    private static Chromium browser;
    private static HttpServer newsroomSite;
    private String storyId;

    @BeforeAll
    static void launch() throws Exception {
        Optional<Path> binary = Chromium.binary();
        String reason = binary.isEmpty() ? "no Chromium found (looked for $CHROMIUM and /usr/bin/chromium)"
                : !Files.isRegularFile(VIEWER.resolve("js/timeline.js")) ? "no TimelineJS viewer at " + VIEWER.toAbsolutePath()
                : null;
        if (reason != null) {
            System.out.println("SKIPPED TimelineJsViewerTest: " + reason + "; bin/test installs both where it can.");
            assumeTrue(false, reason);
        }
        newsroomSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newsroomSite.createContext("/timelinejs/", TimelineJsViewerTest::serveViewerFile);
        newsroomSite.start();
        browser = Chromium.launch(binary.get());
    }

    @AfterAll
    static void quit() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (newsroomSite != null) {
            newsroomSite.stop(0);
            newsroomSite = null;
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

        String page = "http://localhost:" + newsroomSite.getAddress().getPort() + "/timelinejs/embed.html?export="
                + java.net.URLEncoder.encode(export, StandardCharsets.UTF_8);
        browser.viewport(1200, 800);
        browser.open(page);

        JsonNode drawn = waitForMarkers(headlines.size());
        List<String> seen = new ArrayList<>();
        drawn.forEach(headline -> seen.add(headline.asText()));
        assertEquals(headlines.stream().sorted().toList(), seen.stream().sorted().toList(),
                "the viewer draws one marker per exported event, headlines as exported; browser log: " + browser.log());
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

    /** The newsroom's page: the viewer's own files, and one page embedding it with the export's URL. */
    private static void serveViewerFile(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/timelinejs/".length());
        byte[] body;
        String type;
        if (path.equals("embed.html")) {
            String query = exchange.getRequestURI().getRawQuery();
            String export = java.net.URLDecoder.decode(query.substring("export=".length()), StandardCharsets.UTF_8);
            body = ("""
                    <!doctype html><html><head><meta charset="utf-8">
                    <link rel="stylesheet" href="/timelinejs/css/timeline.css">
                    <script src="/timelinejs/js/timeline.js"></script></head>
                    <body><div id="embed" style="width: 1100px; height: 700px"></div>
                    <script>window.timeline = new TL.Timeline('embed', %s);</script></body></html>
                    """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(export)))
                    .getBytes(StandardCharsets.UTF_8);
            type = "text/html; charset=utf-8";
        } else {
            Path file = VIEWER.resolve(path).normalize();
            if (!file.startsWith(VIEWER.normalize()) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            body = Files.readAllBytes(file);
            type = path.endsWith(".css") ? "text/css" : path.endsWith(".js") ? "text/javascript" : "application/octet-stream";
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
