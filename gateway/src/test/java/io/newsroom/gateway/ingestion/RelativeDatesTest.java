package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.newsroom.stylebook.Precision;

/** Time expressions resolve against the publication time in the outlet's zone, with the stylebook's rules. */
class RelativeDatesTest {

    @Test
    void yesterdayIsReadInThePublicationZoneNotInUtc() {
        // 23:30 UTC on 27 November is already 28 November in Kyiv: "yesterday" is the 27th there, the 26th in UTC.
        EventCandidate event = Desk.onlyEvent(Desk.read("2025-11-27T23:30:00Z", "Europe/Kyiv",
                "The delegation arrived in Geneva yesterday."));
        assertEquals("2025-11-27", event.date());
        assertEquals("Europe/Kyiv", event.anchor().getZone().getId());
        assertEquals("yesterday", event.phrase());
    }

    @Test
    void todayAcrossTheDateLine() {
        // 22:00 UTC on 20 November is 11:00 on 21 November in Auckland.
        EventCandidate event = Desk.onlyEvent(Desk.read("2025-11-20T22:00:00Z", "Pacific/Auckland",
                "The prime minister announced the summit today."));
        assertEquals("2025-11-21", event.date());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "A US team will arrive in Moscow early next week.        | 2025-W49~  | WEEK",
        "The plan was circulated last week.                      | 2025-W47   | WEEK",
        "The fire broke out three days ago.                      | 2025-11-25 | DAY",
        "The storm will reach the coast tomorrow.                | 2025-11-29 | DAY",
        "Russia annexed Crimea in 2014.                          | 2014       | YEAR",
        "The leaders met in Alaska on 15 August.                 | 2025-08-15 | DAY",
        "The bill will be voted on by Feb. 6.                    | 2026-02-06 | DAY",
        "The talks took place over the weekend.                  | 2025-11-22/2025-11-23 | DAY",
        "The jury will begin deliberating in early December.     | 2025-12~   | MONTH",
        "The governor declared an emergency shortly after 3pm.   | 2025-11-28 | DAY",
    })
    void phrasesResolveWithTheirPrecision(String sentence, String date, Precision precision) {
        EventCandidate event = Desk.onlyEvent(Desk.read("2025-11-28T09:00:00Z", "Europe/Kyiv", sentence));
        assertEquals(date, event.date(), sentence);
        assertEquals(precision, event.precision(), sentence);
        assertTrue(sentence.contains(event.phrase()), "the phrase is kept as written: " + event.phrase());
    }

    @Test
    void aBaselineOrARoutineIsNoEvent() {
        Proposals proposals = Desk.read("2025-11-28T09:00:00Z", "Europe/Kyiv",
                "Turnout was the highest since 2004. The market opens every Sunday.");
        assertEquals(0, proposals.events().size(), proposals.events().toString());
    }

    @Test
    void eventBoundsAreThoseOfTheStylebookDate() {
        EventCandidate event = Desk.onlyEvent(Desk.read("2025-11-28T09:00:00Z", "Europe/Kyiv",
                "The plan was circulated last week."));
        assertEquals(io.newsroom.stylebook.Edtf.parse("2025-W47").earliest(), event.earliest());
        assertEquals(io.newsroom.stylebook.Edtf.parse("2025-W47").latest(), event.latest());
    }
}
