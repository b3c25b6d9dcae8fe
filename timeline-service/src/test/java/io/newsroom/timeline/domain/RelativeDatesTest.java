package io.newsroom.timeline.domain;

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

class RelativeDatesTest {

    /** Friday 28 November 2025, 11:00 in Kyiv. */
    private static final ZonedDateTime FRIDAY_IN_KYIV = Instant.parse("2025-11-28T09:00:00Z").atZone(ZoneId.of("Europe/Kyiv"));

    @ParameterizedTest
    @CsvSource({
            "today, 2025-11-28",
            "yesterday, 2025-11-27",
            "tomorrow, 2025-11-29",
            "three days ago, 2025-11-25",
            "3 days ago, 2025-11-25",
            "in 2 days, 2025-11-30",
            "this week, 2025-W48",
            "next week, 2025-W49",
            "last week, 2025-W47",
            "early next week, 2025-12-01/2025-12-03",
            "mid next week, 2025-12-02/2025-12-04",
            "late next week, 2025-12-04/2025-12-07",
            "two weeks ago, 2025-W46",
            "Thursday, 2025-11-27",
            "on Thursday, 2025-11-27",
            "On Thursday., 2025-11-27",
            "Friday, 2025-11-28",
            "last Friday, 2025-11-21",
            "next Thursday, 2025-12-04",
            "this Monday, 2025-11-24",
            "earlier this month, 2025-11-01/2025-11-28",
            "last month, 2025-10",
            "this month, 2025-11",
            "next month, 2025-12",
            "last year, 2024",
            "in 2014, 2014",
            "2014, 2014",
            "in August, 2025-08",
            "December, 2024-12",
            "in February 2022, 2022-02",
    })
    void resolvesPhrasesInTheAnchorsCalendar(String phrase, String expected) {
        assertEquals(expected, RelativeDates.resolve(phrase, FRIDAY_IN_KYIV));
    }

    @Test
    void theAnchorsZoneDecidesTheDay() {
        // 23:30 UTC on Thursday is already Friday in Kyiv, still Thursday in New York.
        Instant published = Instant.parse("2025-11-27T23:30:00Z");
        assertEquals("2025-11-27", RelativeDates.resolve("yesterday", published.atZone(ZoneId.of("Europe/Kyiv"))));
        assertEquals("2025-11-26", RelativeDates.resolve("yesterday", published.atZone(ZoneId.of("America/New_York"))));
    }

    @Test
    void weeksCrossTheYearOnIsoRules() {
        ZonedDateTime newYearsEve = Instant.parse("2025-12-31T12:00:00Z").atZone(ZoneId.of("UTC"));
        assertEquals("2026-W02", RelativeDates.resolve("next week", newYearsEve));
        assertEquals("2026-W01", RelativeDates.resolve("this week", newYearsEve));
    }

    @Test
    void everyResultIsValidEdtf() {
        for (String phrase : new String[] {"early next week", "earlier this month", "last week", "Thursday"}) {
            assertTrue(Edtf.parse(RelativeDates.resolve(phrase, FRIDAY_IN_KYIV)).earliest() != null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "the other day", "next fortnight", "a while ago", "Thursdayish", "500 days ago", ""})
    void refusesRatherThanGuesses(String phrase) {
        UnresolvablePhraseException e = assertThrows(UnresolvablePhraseException.class,
                () -> RelativeDates.resolve(phrase, FRIDAY_IN_KYIV));
        assertTrue(e.getMessage().contains("'" + phrase + "'"), e.getMessage());
    }
}
