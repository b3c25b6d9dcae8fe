package io.newsroom.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.EdtfDate;

class ReaderDateTest {

    private static EdtfDate served(String edtf, String precision, String earliest, String latest) {
        return new EdtfDate(edtf, precision, Instant.parse(earliest), Instant.parse(latest), false, false);
    }

    @Test
    void readsEachPrecisionInWords() {
        assertEquals("15 August 2025", ReaderDate.of(served("2025-08-15", "DAY", "2025-08-15T00:00:00Z",
                "2025-08-15T23:59:59.999999Z")).text());
        assertEquals("week of 24 November 2025", ReaderDate.of(served("2025-W48", "WEEK", "2025-11-24T00:00:00Z",
                "2025-11-30T23:59:59.999999Z")).text());
        assertEquals("September 2022", ReaderDate.of(served("2022-09", "MONTH", "2022-09-01T00:00:00Z",
                "2022-09-30T23:59:59.999999Z")).text());
        assertEquals("2014", ReaderDate.of(served("2014", "YEAR", "2014-01-01T00:00:00Z", "2014-12-31T23:59:59.999999Z")).text());
        assertEquals("27 November 2025, 10:00 UTC", ReaderDate.of(served("2025-11-27T10:00Z", "MINUTE",
                "2025-11-27T10:00:00Z", "2025-11-27T10:00:59.999999Z")).text());
        assertEquals("20\u201323 November 2025", ReaderDate.of(served("2025-11-20/2025-11-23", "INTERVAL",
                "2025-11-20T00:00:00Z", "2025-11-23T23:59:59.999999Z")).text());
        assertEquals("30 November \u2013 2 December 2025", ReaderDate.of(served("2025-11-30/2025-12-02", "INTERVAL",
                "2025-11-30T00:00:00Z", "2025-12-02T23:59:59.999999Z")).text());
    }

    @Test
    void shapeFollowsPrecision() {
        assertEquals(ReaderDate.Shape.POINT, ReaderDate.of(EdtfDate.of("2025-08-15")).shape());
        assertEquals(ReaderDate.Shape.POINT, ReaderDate.of(EdtfDate.of("2025-11-27T10:00Z")).shape());
        assertEquals(ReaderDate.Shape.SPAN, ReaderDate.of(EdtfDate.of("2025-W48")).shape());
        assertEquals(ReaderDate.Shape.SPAN, ReaderDate.of(EdtfDate.of("2025-11-20/2025-11-23")).shape());
        assertEquals(ReaderDate.Shape.BAND, ReaderDate.of(EdtfDate.of("2025-11")).shape());
        assertEquals(ReaderDate.Shape.BAND, ReaderDate.of(EdtfDate.of("2014")).shape());
    }

    @Test
    void saysWhenADateIsApproximateOrUncertain() {
        assertEquals("November 2025 (approximate)", ReaderDate.of(EdtfDate.of("2025-11~")).text());
        assertEquals("week of 1 December 2025 (uncertain)", ReaderDate.of(EdtfDate.of("2025-W49?")).text());
        assertEquals("2014 (approximate, uncertain)", ReaderDate.of(EdtfDate.of("2014%")).text());
        ReaderDate flagged = ReaderDate.of(new EdtfDate("2025-08-15", "DAY", null, null, true, false));
        assertTrue(flagged.approximate());
        assertEquals("15 August 2025 (approximate)", flagged.text());
    }

    @Test
    void worksOutMissingBoundsFromTheEdtf() {
        ReaderDate week = ReaderDate.of(EdtfDate.of("2025-W48"));
        assertEquals(Instant.parse("2025-11-24T00:00:00Z"), week.earliest());
        // The shared rules' bounds: inclusive, to the second.
        assertEquals(Instant.parse("2025-11-30T23:59:59Z"), week.latest());
        ReaderDate year = ReaderDate.of(EdtfDate.of("2014"));
        assertEquals(Instant.parse("2014-12-31T23:59:59Z"), year.latest());
        ReaderDate day = ReaderDate.of(EdtfDate.of("2025-08-15"));
        assertEquals(Instant.parse("2025-08-15T23:59:59Z"), day.latest());
        ReaderDate interval = ReaderDate.of(EdtfDate.of("2025-11-20/2025-11"));
        assertEquals(Instant.parse("2025-11-30T23:59:59Z"), interval.latest(), "an interval ends where its end does");
    }

    @Test
    void theServicesBoundsWinOverTheText() {
        ReaderDate d = ReaderDate.of(served("2025-W48", "WEEK", "2025-11-25T00:00:00Z", "2025-11-26T00:00:00Z"));
        assertEquals(Instant.parse("2025-11-25T00:00:00Z"), d.earliest());
        assertEquals("week of 25 November 2025", d.text());
    }

    @Test
    void givesHtmlADatetimeOnlyWhereItHasOne() {
        assertEquals("2025-W48", ReaderDate.of(EdtfDate.of("2025-W48")).machineText());
        assertEquals("2014", ReaderDate.of(EdtfDate.of("2014~")).machineText());
        assertNull(ReaderDate.of(EdtfDate.of("2025-11-20/2025-11-23")).machineText());
    }

    @Test
    void anUnreadableOrMissingDateIsShownNotInvented() {
        ReaderDate bad = ReaderDate.of(EdtfDate.of("2025-13"));
        assertEquals("2025-13", bad.text());
        assertFalse(bad.placed());
        assertEquals("date not known", ReaderDate.of(null).text());
        assertEquals("date not known", ReaderDate.of(EdtfDate.of("  ")).text());
        ReaderDate backwards = ReaderDate.of(served("2025-08-15", "DAY", "2025-08-16T00:00:00Z", "2025-08-15T00:00:00Z"));
        assertFalse(backwards.latest().isBefore(backwards.earliest()));
    }
}
