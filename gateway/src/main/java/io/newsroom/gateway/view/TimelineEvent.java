package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Event;

@Schema(description = "One event on the story's timeline, as the timeline-service keeps it, with the claims made at it")
public record TimelineEvent(
        @Schema(required = true) Event event,
        @Schema(required = true, description = "True when the event is still expected to happen (scheduled, postponed or rescheduled) "
                + "and its date has not passed; false for an overdue one")
        boolean upcoming,
        @Schema(required = true, description = "True when the event was expected (scheduled, postponed or rescheduled) and its date has "
                + "passed with nothing recorded since: expected, not confirmed. Never true together with 'upcoming'.")
        boolean overdue,
        @Schema(required = true, description = "Why the event needs a second look, empty when nothing it rests on "
                + "changed: an article it cites was corrected or retracted (its citations say which)")
        List<ReviewReason> warnings,
        @Schema(required = true, description = "Claims made at this event; empty when none") List<ClaimRef> claims) {

    /** The event as the view reads it: an expected event whose date has passed is no longer upcoming, but overdue. */
    public static TimelineEvent of(Event event, List<ClaimRef> claims) {
        boolean expected = event.status() != null && event.status().upcoming();
        return new TimelineEvent(event, expected && !event.overdue(), expected && event.overdue(),
                ReviewReason.ofCitations(event.citations()), claims);
    }
}
