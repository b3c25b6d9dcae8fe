package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.EventKind;
import io.newsroom.timeline.domain.EventStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something that happened, or is to happen, in a story.")
public record Event(
        @Schema(required = true)
        UUID id,
        @Schema(required = true)
        String storyId,
        @Schema(required = true, example = "Witkoff visits Moscow")
        String title,
        @Schema(required = true, nullable = true)
        String description,
        @Schema(required = true, nullable = true, description = "BCP 47 tag of the language of title and description; null when not given.",
                example = "ru")
        String language,
        @Schema(required = true)
        EventKind kind,
        @Schema(required = true, description = "When it happened or is to happen. Timeline order is earliest, latest, position, id.")
        DateValue when,
        @Schema(required = true, nullable = true, description = "When it ended, for events that last; null for the others.")
        DateValue end,
        @Schema(required = true, nullable = true, description = "Where it took place; null when not known.")
        Location location,
        @Schema(required = true, description = "Who took part, in the order given; empty when none is named.")
        List<Participant> participants,
        @Schema(required = true, description = "Current status; changed only through transitions.")
        EventStatus status,
        @Schema(required = true, readOnly = true, description = "True when the event is still SCHEDULED, POSTPONED or RESCHEDULED but its latest"
                + " instant (its end's, when it has one) has passed: it was expected and is not confirmed, so the desk should"
                + " find out whether it happened. Decided against the service's clock when read (as of an instant: against"
                + " that instant), so it turns true with no write.", example = "false")
        boolean overdue,
        @Schema(required = true, description = "The articles that report it, in the order given.")
        List<Citation> citations,
        @Schema(required = true, nullable = true, description = "Manual order among events with the same earliest and latest instants;"
                + " events without one come after those with one.")
        Integer position,
        @Schema(required = true, description = "When the service recorded the event (UTC); 'asOf' reads it.")
        Instant recordedAt,
        @Schema(required = true, description = "When the event was last changed (UTC).")
        Instant updatedAt) {

    /** This event as read at an instant: overdue or not then. */
    public Event readAt(Instant at) {
        boolean due = status.awaitsConfirmation() && (end != null ? end.latest() : when.latest()).isBefore(at);
        return due == overdue ? this : new Event(id, storyId, title, description, language, kind, when, end, location,
                participants, status, due, citations, position, recordedAt, updatedAt);
    }

    /** This event with the citations given in their place, e.g. flagged by the articles they cite. */
    public Event citing(List<Citation> flagged) {
        return new Event(id, storyId, title, description, language, kind, when, end, location, participants, status,
                overdue, flagged, position, recordedAt, updatedAt);
    }
}
