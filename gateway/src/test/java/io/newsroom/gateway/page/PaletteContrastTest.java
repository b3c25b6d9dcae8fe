package io.newsroom.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA contrast of the reader page's palette, read from the stylesheet itself: 4.5:1 for text, 3:1 for the marks
 * and bars that carry meaning (WCAG 1.4.3 and 1.4.11).
 */
class PaletteContrastTest {

    private static final double TEXT = 4.5;
    private static final double GRAPHIC = 3.0;

    private static String css;
    private static Map<String, String> palette;

    @BeforeAll
    static void readStylesheet() throws IOException {
        try (InputStream in = PaletteContrastTest.class.getResourceAsStream("/META-INF/resources/assets/reader.css")) {
            assertNotNull(in, "the stylesheet is on the classpath");
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        palette = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z0-9-]+):\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(root());
        while (m.find()) {
            palette.put(m.group(1), m.group(2));
        }
    }

    private static String root() {
        int start = css.indexOf(":root {");
        return css.substring(start, css.indexOf('}', start));
    }

    @Test
    void textIsReadable() {
        List<String> failures = new ArrayList<>();
        check(failures, TEXT, "ink", "paper", "ink", "paper-deep", "muted", "paper", "muted", "paper-deep", "link", "paper",
                "link", "paper-deep", "paper", "ink",
                "badge-upcoming-ink", "badge-upcoming-bg", "badge-cancelled-ink", "badge-cancelled-bg",
                "disputed-ink", "disputed-bg", "disputed-ink", "paper-deep", "contested-ink", "contested-bg",
                "supported-ink", "supported-bg", "supported-ink", "paper-deep", "unchallenged-ink", "unchallenged-bg",
                "bias-text", "bias-left", "bias-text", "bias-center", "bias-text", "bias-right", "bias-text", "bias-unrated",
                "notice-ink", "notice-bg", "badge-overdue-ink", "badge-overdue-bg",
                "retracted-ink", "retracted-bg", "retracted-ink", "paper", "corrected-ink", "corrected-bg");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void marksAndBarsStandOut() {
        List<String> failures = new ArrayList<>();
        check(failures, GRAPHIC, "mark", "paper", "band-edge", "paper", "band-edge", "band", "upcoming", "paper",
                "upcoming", "upcoming-fill", "axis", "paper", "bias-left", "paper", "bias-center", "paper", "bias-right", "paper",
                "bias-unrated", "paper", "focus", "paper", "focus", "focus-ring", "notice-edge", "paper",
                "overdue", "paper", "overdue", "overdue-fill", "retracted-edge", "retracted-bg", "corrected-edge", "corrected-bg");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyColourComesFromThePalette() {
        String outside = css.replace(root(), "");
        Matcher stray = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(").matcher(outside);
        if (stray.find()) {
            fail("a colour outside :root escapes the contrast check: " + stray.group());
        }
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, ratio("#000000", "#ffffff"), 0.01);
        assertEquals(4.54, ratio("#767676", "#ffffff"), 0.01);
    }

    private static void check(List<String> failures, double minimum, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            String fg = palette.get(pairs[i]);
            String bg = palette.get(pairs[i + 1]);
            assertNotNull(fg, "--" + pairs[i] + " is declared");
            assertNotNull(bg, "--" + pairs[i + 1] + " is declared");
            double r = ratio(fg, bg);
            if (r < minimum) {
                failures.add(String.format("--%s on --%s: %.2f:1, needs %.1f:1", pairs[i], pairs[i + 1], r, minimum));
            }
        }
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
