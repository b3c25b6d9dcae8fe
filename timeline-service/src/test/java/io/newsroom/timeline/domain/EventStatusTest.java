package io.newsroom.timeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EventStatusTest {

    @Test
    void theTransitionTableIsTheOneDocumented() {
        assertAllowed(EventStatus.SCHEDULED, EnumSet.of(EventStatus.OCCURRED, EventStatus.POSTPONED,
                EventStatus.RESCHEDULED, EventStatus.CANCELLED));
        assertAllowed(EventStatus.POSTPONED, EnumSet.of(EventStatus.RESCHEDULED, EventStatus.CANCELLED, EventStatus.OCCURRED));
        assertAllowed(EventStatus.RESCHEDULED, EnumSet.of(EventStatus.OCCURRED, EventStatus.POSTPONED,
                EventStatus.RESCHEDULED, EventStatus.CANCELLED));
        assertAllowed(EventStatus.OCCURRED, EnumSet.noneOf(EventStatus.class));
        assertAllowed(EventStatus.CANCELLED, EnumSet.noneOf(EventStatus.class));
    }

    @Test
    void theCountsFiltersAreBoundedByAreTheEnumsOwn() {
        assertEquals(EventStatus.values().length, EventStatus.COUNT);
        assertEquals(EventKind.values().length, EventKind.COUNT);
    }

    @Test
    void refusalsSayWhy() {
        assertEquals("an event that occurred cannot become scheduled: OCCURRED is a final status",
                EventStatus.OCCURRED.refusal(EventStatus.SCHEDULED));
        assertEquals("an event that was cancelled cannot occur: CANCELLED is a final status",
                EventStatus.CANCELLED.refusal(EventStatus.OCCURRED));
    }

    private static void assertAllowed(EventStatus from, EnumSet<EventStatus> allowed) {
        for (EventStatus to : EventStatus.values()) {
            if (allowed.contains(to)) {
                assertTrue(from.canBecome(to), from + " -> " + to);
            } else {
                assertFalse(from.canBecome(to), from + " -> " + to);
            }
        }
    }
}
