package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativePhrasesTest {

    /** Friday 28 November 2025, 11:00 in Kyiv. */
    private static final ZonedDateTime FRIDAY_IN_KYIV = Instant.parse("2025-11-28T09:00:00Z").atZone(ZoneId.of("Europe/Kyiv"));

    @ParameterizedTest
    @CsvSource({
            "today, 2025-11-28",
            "tonight, 2025-11-28",
            "yesterday, 2025-11-27",
            "last night, 2025-11-27",
            "tomorrow, 2025-11-29",
            "three days ago, 2025-11-25",
            "3 days ago, 2025-11-25",
            "in 2 days, 2025-11-30",
            "this week, 2025-W48",
            "next week, 2025-W49",
            "last week, 2025-W47",
            "early next week, 2025-W49~",
            "mid next week, 2025-W49~",
            "late next week, 2025-W49~",
            "later this week, 2025-W48~",
            "two weeks ago, 2025-W46",
            "Thursday, 2025-11-27",
            "on Thursday, 2025-11-27",
            "On Thursday., 2025-11-27",
            "Friday, 2025-11-28",
            "last Friday, 2025-11-21",
            "next Thursday, 2025-12-04",
            "this Monday, 2025-11-24",
            "earlier this month, 2025-11~",
            "later this month, 2025-11~",
            "early next month, 2025-12~",
            "last month, 2025-10",
            "this month, 2025-11",
            "next month, 2025-12",
            "two months ago, 2025-09",
            "last year, 2024",
            "late last year, 2024~",
            "eleven years ago, 2014",
            "in the coming days, 2025-W48~/2025-W49~",
            "in the coming weeks, 2025-11~/2025-12~",
            "in 2014, 2014",
            "2014, 2014",
            "in August, 2025-08",
            "December, 2024-12",
            "in February 2022, 2022-02",
            "15 August, 2025-08-15",
            "on August 15, 2025-08-15",
            "30 November, 2024-11-30",
            "'August 15, 2025', 2025-08-15",
    })
    void resolvesPhrasesInTheAnchorsCalendar(String phrase, String expected) {
        assertEquals(expected, RelativePhrases.resolve(phrase, FRIDAY_IN_KYIV).text());
    }

    @Test
    void vaguePhrasesKeepTheUnitOfTheirSource() {
        ZonedDateTime tenth = ZonedDateTime.parse("2025-11-10T12:00:00Z");
        Edtf laterThisMonth = RelativePhrases.resolve("later this month", tenth);
        assertEquals("2025-11~", laterThisMonth.text());
        assertEquals(Precision.MONTH, laterThisMonth.precision());
        assertTrue(laterThisMonth.approximate());
        assertEquals("2025-12~", RelativePhrases.resolve("early next month", tenth).text());
    }

    @Test
    void theAnchorsZoneDecidesTheDay() {
        Instant published = Instant.parse("2025-11-27T23:30:00Z");
        assertEquals("2025-11-27", RelativePhrases.resolve("yesterday", published.atZone(ZoneId.of("Europe/Kyiv"))).text());
        assertEquals("2025-11-26", RelativePhrases.resolve("yesterday", published.atZone(ZoneId.of("America/New_York"))).text());
        assertEquals("2025-11-27", RelativePhrases.resolve("yesterday", published.atZone(Zones.parse("+06:00"))).text());
    }

    @Test
    void weeksCrossTheYearOnIsoRules() {
        ZonedDateTime newYearsEve = Instant.parse("2025-12-31T12:00:00Z").atZone(ZoneId.of("UTC"));
        assertEquals("2026-W02", RelativePhrases.resolve("next week", newYearsEve).text());
        assertEquals("2026-W01", RelativePhrases.resolve("this week", newYearsEve).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "the other day", "next fortnight", "a while ago", "Thursdayish", "500 days ago",
            "31 February", "in 0000"})
    void refusesRatherThanGuesses(String phrase) {
        UnresolvablePhraseException e = assertThrows(UnresolvablePhraseException.class,
                () -> RelativePhrases.resolve(phrase, FRIDAY_IN_KYIV));
        assertTrue(e.getMessage().contains("'" + phrase + "'"), e.getMessage());
    }

    @Test
    void anEmptyPhraseIsRefused() {
        assertThrows(UnresolvablePhraseException.class, () -> RelativePhrases.resolve(" ", FRIDAY_IN_KYIV));
    }

    @ParameterizedTest
    @CsvSource({"Europe/Kyiv, Europe/Kyiv", "+06:00, +06:00", "Z, Z", "' -05:00 ', -05:00"})
    void anchorsTakeARegionOrAnOffset(String given, String zone) {
        assertEquals(ZoneId.of(zone), Zones.parse(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Kyiv", "+6", "+19:00", "GMT+2", "europe/kyiv"})
    void refusesWhatIsNeitherARegionNorAnOffset(String zone) {
        assertThrows(IllegalArgumentException.class, () -> Zones.parse(zone));
    }
}
