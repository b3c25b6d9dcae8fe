package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared vectors of the date rules: every service stores exactly these bounds for these texts. */
class EdtfTest {

    @ParameterizedTest
    @CsvSource({
            "2014, YEAR, 2014-01-01T00:00:00Z, 2014-12-31T23:59:59Z",
            "0001, YEAR, 0001-01-01T00:00:00Z, 0001-12-31T23:59:59Z",
            "2025-08, MONTH, 2025-08-01T00:00:00Z, 2025-08-31T23:59:59Z",
            "2024-02, MONTH, 2024-02-01T00:00:00Z, 2024-02-29T23:59:59Z",
            "2025-W48, WEEK, 2025-11-24T00:00:00Z, 2025-11-30T23:59:59Z",
            "2026-W01, WEEK, 2025-12-29T00:00:00Z, 2026-01-04T23:59:59Z",
            "2020-W53, WEEK, 2020-12-28T00:00:00Z, 2021-01-03T23:59:59Z",
            "2025-08-15, DAY, 2025-08-15T00:00:00Z, 2025-08-15T23:59:59Z",
            "2025-11-27T10:00Z, MINUTE, 2025-11-27T10:00:00Z, 2025-11-27T10:00:59Z",
            "2025-11-27T10:00+02:00, MINUTE, 2025-11-27T08:00:00Z, 2025-11-27T08:00:59Z",
            "2025-11-27T10:00:30Z, SECOND, 2025-11-27T10:00:30Z, 2025-11-27T10:00:30Z",
            "2025-11-20/2025-11-23, DAY, 2025-11-20T00:00:00Z, 2025-11-23T23:59:59Z",
            "2025-11/2025-W49, MONTH, 2025-11-01T00:00:00Z, 2025-12-07T23:59:59Z",
    })
    void derivesPrecisionAndBounds(String text, Precision precision, Instant earliest, Instant latest) {
        Edtf date = Edtf.parse(text);
        assertEquals(precision, date.precision());
        assertEquals(earliest, date.earliest());
        assertEquals(latest, date.latest());
        assertEquals(text, date.text());
    }

    @Test
    void surroundingSpaceIsDroppedFromTheStoredText() {
        assertEquals("2025-08-15", Edtf.parse("  2025-08-15\t").text());
        assertEquals("2025-11-20/2025-11-23", Edtf.parse(" 2025-11-20/2025-11-23 ").text());
    }

    @Test
    void qualifiersMarkApproximateAndUncertain() {
        Edtf approximate = Edtf.parse("2014~");
        assertTrue(approximate.approximate());
        assertFalse(approximate.uncertain());
        Edtf uncertain = Edtf.parse("2025-11-27?");
        assertTrue(uncertain.uncertain());
        assertFalse(uncertain.approximate());
        Edtf both = Edtf.parse("2025-08%");
        assertTrue(both.approximate() && both.uncertain());
        Edtf interval = Edtf.parse("2025-11-20~/2025-11-23");
        assertTrue(interval.approximate() && interval.isInterval());
        assertEquals("2025-11-20~", interval.start().text());
        assertEquals("2025-11-23", interval.end().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "yesterday", "2025-13", "2025-02-30", "2025-W54", "2025-W00", "25-08-15",
            "2025-8-15", "2025-w48", "2025-11-27T25:00Z", "2025-11-27T10:00", "2025-11-23/2025-11-20",
            "2025/2026/2027", "2025-11-20/", "../2025", "0000", "0000-01-01", "-0001", "2025~~", "2025 -08",
            "+2025", "2025-08-15T10:00+25:00"})
    void refusesWhatIsNotInTheSubset(String text) {
        assertThrows(InvalidEdtfException.class, () -> Edtf.parse(text));
    }

    @Test
    void printsWhatItBuilds() {
        assertEquals("2025-08-15", Edtf.day(LocalDate.of(2025, 8, 15)).text());
        assertEquals("2026-W01", Edtf.week(LocalDate.of(2025, 12, 31)).text());
        assertEquals("0999-02", Edtf.month(YearMonth.of(999, 2)).text());
        assertEquals("0014", Edtf.year(14).text());
        assertEquals("2025-W49~", Edtf.week(LocalDate.of(2025, 12, 1)).approximately().text());
        assertEquals("2025-08%", Edtf.parse("2025-08?").approximately().text());
        assertEquals("2025-W48~/2025-W49~", Edtf.parse("2025-W48/2025-W49").approximately().text());
    }

    @Test
    void aYearAWeekAndADayInsideItSortByEarliestThenLatest() {
        Edtf year = Edtf.parse("2025");
        Edtf week = Edtf.parse("2025-W48");
        Edtf day = Edtf.parse("2025-11-24");
        assertTrue(year.earliest().isBefore(week.earliest()));
        assertEquals(week.earliest(), day.earliest());
        assertTrue(day.latest().isBefore(week.latest()));
    }
}
