package io.newsroom.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The reader page in a real headless Chromium: what a person sees (rendered text, boxes, computed styles), at a
 * desktop and a phone width, with and without JavaScript. Skipped, with the reason printed, where no Chromium can
 * be had; the test command installs it where it can.
 */
@QuarkusTest
@TestProfile(ReaderPageProfile.class)
class ReaderPageBrowserTest {

    private static final int WIDE = 1280;
    private static final int NARROW = 375;

    /** Each event of the demo story and the date a reader should see for it. */
    private static final Map<String, String> DATES = new LinkedHashMap<>();

    static {
        DATES.put("Russia annexes Crimea", "2014");
        DATES.put("Moscow declares four Ukrainian regions annexed", "September 2022");
        DATES.put("Trump and Putin meet in Alaska", "15 August 2025");
        DATES.put("Russian forces gain ground around Pokrovsk", "November 2025 (approximate)");
        DATES.put("US 28-point peace plan made public", "week of 17 November 2025");
        DATES.put("Kyiv and European capitals reject the draft", "week of 17 November 2025 (approximate)");
        DATES.put("US and Ukrainian delegations talk in Geneva", "23 November 2025");
        DATES.put("Plan cut down to 19 points", "week of 24 November 2025");
        DATES.put("Putin speaks to reporters in Bishkek", "27 November 2025");
        DATES.put("ISW says a quick Russian victory in Donetsk is not in sight", "27 November 2025");
        DATES.put("Zelensky announces key negotiations in his weekly address", "week of 24 November 2025");
        DATES.put("Ukrainian delegation to meet US officials", "week of 24 November 2025");
        DATES.put("Witkoff to visit Moscow", "week of 1 December 2025");
        DATES.put("Army Secretary Driscoll may travel to Kyiv", "week of 1 December 2025 (uncertain)");
    }

    private static final List<String> SCHEDULED = List.of("Ukrainian delegation to meet US officials", "Witkoff to visit Moscow",
            "Army Secretary Driscoll may travel to Kyiv");

    /** Reads every event row as laid out: its visible text, its date line and where its mark is drawn. */
    private static final String EVENT_ROWS = """
            Array.from(document.querySelectorAll('ol.events > li')).map(li => {
              const mark = li.querySelector('.mark');
              const box = mark ? mark.getBoundingClientRect() : null;
              const style = mark ? getComputedStyle(mark) : null;
              return {
                title: li.querySelector('h3').innerText,
                when: li.querySelector('.event__when').innerText,
                text: li.innerText,
                markWidth: box ? box.width : -1,
                markLeft: box ? box.left : -1,
                border: style ? style.borderTopStyle : '',
                background: style ? style.backgroundColor : ''
              };
            })""";

    @TestHTTPResource("/stories/" + DemoStory.ID)
    URL story;

    @TestHTTPResource("/stories/" + DemoStoryViewService.CLAIMS_DOWN)
    URL degradedStory;

    private static Chromium browser;

    @BeforeAll
    static void launch() throws Exception {
        Optional<Path> binary = Chromium.binary();
        if (binary.isEmpty()) {
            String reason = "No Chromium found (looked for $CHROMIUM and /usr/bin/chromium); the reader page was not "
                    + "checked in a browser. Install Debian's 'chromium' package to run this test.";
            System.out.println("SKIPPED ReaderPageBrowserTest: " + reason);
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
    void freshState() {
        browser.scriptsDisabled(false);
        browser.viewport(WIDE, 900);
    }

    @Test
    void showsTheStoryAsAPersonSeesIt() throws Exception {
        browser.open(story.toString());
        String seen = browser.evaluate("document.body.innerText").asText();

        assertEquals("The US peace plan for Ukraine", browser.evaluate("document.querySelector('h1').innerText").asText());
        List<JsonNode> rows = rows();
        assertEquals(DATES.size(), rows.size(), "one list item per event");
        for (JsonNode row : rows) {
            String title = row.path("title").asText();
            assertTrue(DATES.containsKey(title), "unexpected event " + title);
            assertTrue(row.path("when").asText().contains(DATES.get(title)),
                    title + " should read " + DATES.get(title) + " but reads " + row.path("when").asText());
        }
        for (String title : DATES.keySet()) {
            assertTrue(seen.contains(title), "visible: " + title);
        }

        // Claims beside the event they were made at, with who disputes them.
        JsonNode bishkek = row(rows, "Putin speaks to reporters in Bishkek");
        String bishkekText = bishkek.path("text").asText();
        assertTrue(bishkekText.contains("Fighting will stop only when Ukrainian troops leave the territories Russia claims."), bishkekText);
        assertTrue(bishkekText.contains("Disputed by Government of Ukraine and European officials"), bishkekText);
        JsonNode isw = row(rows, "ISW says a quick Russian victory in Donetsk is not in sight");
        assertTrue(isw.path("text").asText().contains("Contested: disputed by Russian officials, backed by Western analysts"), isw.path("text").asText());

        // The disputes board: claim, claimant, the disputing actors and what they say.
        String board = browser.evaluate("document.querySelector('#disputes').innerText").asText();
        assertTrue(board.contains("Russia has the momentum on the battlefield in Ukraine."), board);
        assertTrue(board.contains("Claimed by Russian officials"), board);
        assertTrue(board.contains("Institute for the Study of War: The measured rate of Russian advance"), board);
        assertTrue(board.contains("Fact desk verdict Mixed"), board);
        assertTrue(board.contains("Backed by"), board);

        // The coverage bar: a segment per side that has coverage, sized by share, with its words beside it.
        JsonNode bar = browser.evaluate("""
                (() => {
                  const bar = document.querySelector('.biasbar');
                  const seg = s => { const e = bar.querySelector('.biasbar__segment--' + s); return e ? e.getBoundingClientRect().width : 0; };
                  return { label: bar.getAttribute('aria-label'), role: bar.getAttribute('role'),
                           left: seg('left'), center: seg('center'), right: seg('right'),
                           legend: document.querySelector('.bias-legend').innerText,
                           blindspot: document.querySelector('.blindspot').innerText };
                })()""");
        assertEquals("img", bar.path("role").asText());
        assertEquals("Coverage by outlet bias: left 1 article (33%), center 2 articles (67%), right none",
                bar.path("label").asText());
        assertEquals(0.0, bar.path("right").asDouble());
        assertTrue(bar.path("left").asDouble() > 0);
        double ratio = bar.path("center").asDouble() / bar.path("left").asDouble();
        assertTrue(ratio > 1.8 && ratio < 2.2, "center drawn twice as wide as left, was " + ratio);
        assertTrue(bar.path("legend").asText().contains("Left 1 article (33%)"), bar.path("legend").asText());
        assertTrue(bar.path("legend").asText().contains("Center 2 articles (67%)"), bar.path("legend").asText());
        assertTrue(bar.path("legend").asText().contains("Right none"), bar.path("legend").asText());
        assertTrue(bar.path("blindspot").asText().contains("No outlet rated right-leaning covered this story."),
                bar.path("blindspot").asText());

        assertNoHorizontalOverflow();
        browser.screenshot(Path.of("target", "reader-page.png"), WIDE);
        assertTrue(Files.size(Path.of("target", "reader-page.png")) > 10_000, "a screenshot with something in it");
    }

    @Test
    void drawsEachEventAtItsPrecision() {
        browser.open(story.toString());
        List<JsonNode> rows = rows();
        JsonNode day = row(rows, "Putin speaks to reporters in Bishkek");
        JsonNode week = row(rows, "Plan cut down to 19 points");
        JsonNode month = row(rows, "Russian forces gain ground around Pokrovsk");
        JsonNode year = row(rows, "Russia annexes Crimea");
        for (JsonNode r : List.of(day, week, month, year)) {
            assertTrue(r.path("markWidth").asDouble() > 0, "drawn: " + r.path("title").asText());
        }
        assertTrue(week.path("markWidth").asDouble() > 2 * day.path("markWidth").asDouble(),
                "a week is a span wider than a day's mark: " + week.path("markWidth") + " vs " + day.path("markWidth"));
        assertTrue(month.path("markWidth").asDouble() > week.path("markWidth").asDouble(), "a month is wider than a week");
        assertTrue(year.path("markWidth").asDouble() > 2 * day.path("markWidth").asDouble(), "a year is a band, not a point");
        assertFalse(year.path("background").asText().equals(day.path("background").asText()),
                "a year's band is drawn fainter than a day's mark");
        // Later events sit further right on the shared axis.
        assertTrue(week.path("markLeft").asDouble() > year.path("markLeft").asDouble());
        assertTrue(row(rows, "Witkoff to visit Moscow").path("markLeft").asDouble() > week.path("markLeft").asDouble());

        for (JsonNode r : rows) {
            String title = r.path("title").asText();
            boolean scheduled = SCHEDULED.contains(title);
            assertEquals(scheduled, r.path("text").asText().contains("Upcoming: scheduled"), "upcoming label on " + title);
            assertEquals(scheduled, "dashed".equals(r.path("border").asText()), "dashed outline on " + title);
        }
    }

    /**
     * A reader far down the timeline still reads each row against the axis: its labels stay in the window (CSS alone,
     * so with scripts off too), and a row reached by its anchor (the disputes board links to events) stops below the
     * axis, its date not hidden under it.
     */
    @Test
    void theAxisLabelsAreInViewWhereverARowIsRead() {
        for (boolean scripts : List.of(true, false)) {
            for (int width : List.of(WIDE, NARROW)) {
                String at = (scripts ? "with" : "without") + " scripts at " + width + "px: ";
                browser.scriptsDisabled(!scripts);
                browser.viewport(width, 700);
                browser.open(story.toString());
                JsonNode top = axisSeen("ol.events > li:first-child", "center");
                assertTrue(top.path("labels").asInt() >= 2, at + "axis labels in view at the first row: " + top);

                for (String block : List.of("center", "start")) {
                    JsonNode seen = axisSeen("ol.events > li:last-child", block);
                    assertTrue(seen.path("scrolled").asDouble() > 1000, at + "the last row is far down the page: " + seen);
                    assertTrue(seen.path("axisTop").asDouble() >= -1 && seen.path("axisBottom").asDouble() <= 700,
                            at + "the axis is in the window at the last row (" + block + "): " + seen);
                    assertTrue(seen.path("labels").asInt() >= 2, at + "its labels are in view (" + block + "): " + seen);
                    assertTrue(seen.path("dateTop").asDouble() >= seen.path("axisBottom").asDouble() - 1,
                            at + "the row's date is below the axis, not under it (" + block + "): " + seen);
                }
            }
        }
    }

    /** Scrolls a row into view as a link or a reader would, then says where the axis is and how many labels show. */
    private static JsonNode axisSeen(String row, String block) {
        return browser.evaluate("""
                (() => {
                  const row = document.querySelector('%s');
                  row.scrollIntoView({ block: '%s' });
                  const axis = document.querySelector('.axis').getBoundingClientRect();
                  const labels = Array.from(document.querySelectorAll('.axis__label')).filter(l => {
                    const box = l.getBoundingClientRect();
                    return getComputedStyle(l).display !== 'none' && box.width > 0 && box.top >= 0
                        && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth
                        && box.top >= axis.top - 1 && box.bottom <= axis.bottom + 1;
                  }).length;
                  return { scrolled: window.scrollY, axisTop: axis.top, axisBottom: axis.bottom, labels: labels,
                           dateTop: row.querySelector('.event__when').getBoundingClientRect().top };
                })()""".formatted(row, block));
    }

    @Test
    void fitsAPhoneScreen() throws Exception {
        browser.viewport(NARROW, 800);
        browser.open(story.toString());
        assertNoHorizontalOverflow();
        String seen = browser.evaluate("document.body.innerText").asText();
        for (Map.Entry<String, String> e : DATES.entrySet()) {
            assertTrue(seen.contains(e.getKey()), "visible at phone width: " + e.getKey());
            assertTrue(seen.contains(e.getValue()), "visible at phone width: " + e.getValue());
        }
        JsonNode week = row(rows(), "Plan cut down to 19 points");
        JsonNode day = row(rows(), "Putin speaks to reporters in Bishkek");
        assertTrue(week.path("markWidth").asDouble() > day.path("markWidth").asDouble(), "spans still read as spans");
        browser.screenshot(Path.of("target", "reader-page-narrow.png"), NARROW);
        browser.viewport(NARROW, 800);
        assertNoHorizontalOverflow();
    }

    @Test
    void isStructuredForAssistiveTechnology() {
        browser.open(story.toString());
        assertEquals("en", browser.evaluate("document.documentElement.lang").asText());
        JsonNode levels = browser.evaluate(
                "Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName.substring(1)))");
        List<Integer> order = new ArrayList<>();
        levels.forEach(l -> order.add(l.asInt()));
        assertEquals(1, order.get(0), "the page starts with its h1");
        assertEquals(1, order.stream().filter(l -> l == 1).count(), "one h1");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i) <= order.get(i - 1) + 1, "no skipped heading level: " + order);
        }
        List<String> sections = new ArrayList<>();
        browser.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.innerText)").forEach(h -> sections.add(h.asText()));
        assertEquals(List.of("Timeline", "Who disputes what", "Other claims", "Coverage"), sections);

        assertEquals(1, browser.evaluate("document.querySelectorAll('header.masthead, main, footer').length === 3 ? 1 : 0").asInt(),
                "banner, main and contentinfo landmarks");
        assertEquals(0, browser.evaluate("""
                Array.from(document.querySelectorAll('img:not([alt]), svg:not([aria-hidden="true"]):not([aria-label]):not([role="img"]), [role="img"]:not([aria-label])')).length
                """).asInt(), "every image has a text alternative");
        assertTrue(browser.evaluate("document.querySelectorAll('ol.events > li time').length").asInt() >= DATES.size(),
                "each event's position on the axis is also given as a date in words");

        // The first Tab reaches the skip link, and focus is drawn where a keyboard user can see it.
        browser.press("Tab", "Tab", 9);
        JsonNode focus = browser.evaluate("""
                (() => { const e = document.activeElement; const s = getComputedStyle(e);
                         return { text: e.innerText, outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                                  top: e.getBoundingClientRect().top }; })()""");
        assertEquals("Skip to content", focus.path("text").asText());
        assertEquals("solid", focus.path("outline").asText());
        assertTrue(focus.path("width").asDouble() >= 2, "focus outline at least 2px");
        assertTrue(focus.path("top").asDouble() >= 0, "the focused skip link is on screen");
    }

    @Test
    void readsTheSameWithoutJavaScript() {
        browser.open(story.toString());
        String withScripts = browser.evaluate("document.body.innerText").asText();
        browser.scriptsDisabled(true);
        browser.open(story.toString());
        String withoutScripts = browser.evaluate("document.body.innerText").asText();
        assertEquals(withScripts, withoutScripts);
        // Structured data for search engines (ClaimReview JSON-LD) is data in a script element, never run.
        assertEquals(0, browser.evaluate("[...document.scripts].filter(s => s.type !== 'application/ld+json').length").asInt(),
                "the page ships no script that runs");
        assertTrue(browser.evaluate("document.querySelectorAll('script[type=\"application/ld+json\"]').length").asInt() > 0,
                "the ClaimReviews are on the page as JSON-LD");
    }

    @Test
    void namesTheMissingPartWhenAServiceIsDown() {
        browser.open(degradedStory.toString());
        String seen = browser.evaluate("document.body.innerText").asText();
        assertTrue(seen.contains("Part of this story could not be loaded."), seen);
        assertTrue(seen.contains("the claims and who disputes them"), seen);
        assertTrue(seen.contains("The claims are not available right now"), seen);
        assertTrue(seen.contains("Witkoff to visit Moscow"), "the timeline is still shown");
        assertNoHorizontalOverflow();
    }

    private void assertNoHorizontalOverflow() {
        JsonNode widths = browser.evaluate("""
                ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
                   body: document.body.scrollWidth })""");
        assertTrue(widths.path("scroll").asInt() <= widths.path("client").asInt(), "no horizontal scrolling: " + widths);
        assertTrue(widths.path("body").asInt() <= widths.path("client").asInt(), "no horizontal scrolling: " + widths);
    }

    private static List<JsonNode> rows() {
        List<JsonNode> rows = new ArrayList<>();
        browser.evaluate(EVENT_ROWS).forEach(rows::add);
        return rows;
    }

    private static JsonNode row(List<JsonNode> rows, String title) {
        JsonNode found = rows.stream().filter(r -> title.equals(r.path("title").asText())).findFirst().orElse(null);
        assertNotNull(found, "event on the page: " + title);
        return found;
    }
}
