package io.newsroom.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.EdtfDate;

class TimeAxisTest {

    private static ReaderDate date(String edtf) {
        return ReaderDate.of(EdtfDate.of(edtf));
    }

    @Test
    void nothingToPlaceDrawsNoAxis() {
        TimeAxis axis = TimeAxis.over(List.of(date("not a date")));
        assertFalse(axis.drawn());
        assertNull(axis.place(date("2025-08-15")));
        assertTrue(axis.ticks().isEmpty());
    }

    @Test
    void aWeekIsASpanAndADayAPoint() {
        ReaderDate day = date("2025-11-27");
        ReaderDate week = date("2025-W48");
        TimeAxis axis = TimeAxis.over(List.of(day, week, date("2025-W49")));
        TimeAxis.Placement d = axis.place(day);
        TimeAxis.Placement w = axis.place(week);
        assertEquals(0, d.width());
        assertTrue(w.width() > 10, "a week on a three-week axis takes about a third of it: " + w.width());
        assertTrue(d.left() > w.left() && d.left() < w.left() + w.width(), "Thursday lies inside its week");
        assertTrue(axis.gaps().isEmpty(), "three weeks in a row need no break");
    }

    @Test
    void distantBunchesOfEventsAreCutApartAndKeepTheirOrder() {
        List<ReaderDate> dates = List.of(date("2014"), date("2022-09"), date("2025-08-15"), date("2025-11~"), date("2025-W47"),
                date("2025-W48"), date("2025-11-27"), date("2025-W49"));
        TimeAxis axis = TimeAxis.over(dates);
        assertEquals(3, axis.gaps().size(), "2014, 2022, August 2025 and the November weeks each get a segment");
        double previous = -1;
        for (ReaderDate d : dates) {
            TimeAxis.Placement p = axis.place(d);
            assertTrue(p.left() >= previous, "in order: " + d.text());
            assertTrue(p.left() >= 0 && p.left() + p.width() <= 100.001, "inside the axis: " + d.text());
            previous = p.left();
        }
        assertTrue(axis.place(date("2014")).width() > 5, "a lone year is still a band you can see");
        assertEquals("2014", axis.ticks().get(0).label());
        List<String> labels = axis.ticks().stream().map(TimeAxis.Tick::label).toList();
        assertTrue(labels.containsAll(List.of("Nov 2025", "10 Nov", "17 Nov", "24 Nov", "1 Dec")), labels.toString());
        assertTrue(axis.ticks().stream().filter(t -> !t.major()).allMatch(t -> Double.parseDouble(t.left().replace("%", "")) <= 94),
                "no label starts where it would run off the axis");
    }

    @Test
    void aLongStoryStillGetsAFewSegments() {
        List<ReaderDate> dates = new ArrayList<>();
        for (int year = 2000; year < 2025; year += 2) {
            dates.add(date(year + "-06-01"));
        }
        TimeAxis axis = TimeAxis.over(dates);
        assertTrue(axis.gaps().size() <= 4, "at most five segments, had " + (axis.gaps().size() + 1));
        assertTrue(axis.ticks().size() >= 2);
    }

    @Test
    void placementIsACssStyle() {
        assertEquals("left:12.50%;width:3.00%", new TimeAxis.Placement(12.5, 3).style());
    }
}
