package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.newsroom.gateway.domain.EventStatus;

/** Tense and modality decide an event's status; a cancelling or postponing word decides before the date does. */
class EventStatusRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The envoy will travel to Riga on Thursday.                              | SCHEDULED",
        "The minister is due to visit the port on Thursday.                      | SCHEDULED",
        "The union plans to hold a ballot next week.                             | SCHEDULED",
        "The two leaders met in Oslo on Thursday.                                 | OCCURRED",
        "The ministers signed the accord last week.                               | OCCURRED",
        "The mayor said on Tuesday that the bridge was safe.                      | OCCURRED",
        "The hearing was postponed on Wednesday after the judge fell ill.         | POSTPONED",
        "The concert set for Saturday was cancelled because of the storm.         | CANCELLED",
        "A strike that was due to start on Thursday has been called off.          | CANCELLED",
        "Schools will stay closed on Monday, the council said.                    | SCHEDULED",
    })
    void statusFollowsTheClause(String sentence, EventStatus expected) {
        // Published on Friday 28 November 2025, so a bare weekday is ambiguous and tense must decide it.
        EventCandidate event = Desk.onlyEvent(Desk.read("2025-11-28T09:00:00Z", "Europe/Kyiv", sentence));
        assertEquals(expected, event.status(), sentence);
    }

    @ParameterizedTest(name = "{0} (published {1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The envoy will travel to Riga on Thursday.           | 2025-11-28T09:00:00Z | 2025-12-04",
        "The two leaders met in Oslo on Thursday.              | 2025-11-28T09:00:00Z | 2025-11-27",
        "The drivers will strike on Thursday.                  | 2025-11-19T15:00:00Z | 2025-11-20",
        "Schools will stay closed on Monday, the council said. | 2025-11-28T09:00:00Z | 2025-12-01",
        "Talks collapsed in early October, the union said.     | 2025-11-28T09:00:00Z | 2025-10~",
        "The trial will resume on 17 November.                 | 2025-11-05T12:00:00Z | 2025-11-17",
        "The trial resumed on 17 November.                     | 2025-11-05T12:00:00Z | 2024-11-17",
        "The school term resumes on April 28.                  | 2025-03-10T08:00:00Z | 2025-04-28",
        "She said that by Thursday, the team will have left.   | 2025-11-19T15:00:00Z | 2025-11-20",
    })
    void tenseChoosesTheReadingOfAnAmbiguousDate(String sentence, String publishedAt, String date) {
        EventCandidate event = Desk.onlyEvent(Desk.read(publishedAt, "Europe/London", sentence));
        assertEquals(date, event.date(), sentence);
    }

    @org.junit.jupiter.api.Test
    void aCancellationInAReportedClauseDoesNotCancelTheReport() {
        EventCandidate event = Desk.onlyEvent(Desk.read("2025-11-19T15:00:00Z", "Europe/Berlin",
                "The operator had warned on Monday that the walkout would have cancelled most trains."));
        assertEquals(EventStatus.OCCURRED, event.status());
        assertEquals("2025-11-17", event.date());
    }
}
