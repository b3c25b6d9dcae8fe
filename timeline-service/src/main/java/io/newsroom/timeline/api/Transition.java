package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.EventStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A status change of an event. The first entry of a history has no fromStatus: it is the"
        + " status the event was recorded with.")
public record Transition(
        @Schema(required = true)
        UUID id,
        @Schema(required = true)
        UUID eventId,
        @Schema(required = true, nullable = true, description = "The status before; null on the first entry.")
        EventStatus fromStatus,
        @Schema(required = true)
        EventStatus status,
        @Schema(required = true, description = "When the change happened in the world (UTC).")
        Instant at,
        @Schema(required = true, description = "When the service recorded it (UTC); 'asOf' reads it.")
        Instant recordedAt,
        @Schema(required = true, nullable = true, description = "For RESCHEDULED: the date before the change; null otherwise.")
        DateValue previousWhen,
        @Schema(required = true, nullable = true, description = "For RESCHEDULED: the new date; null otherwise.")
        DateValue newWhen,
        @Schema(required = true, nullable = true, description = "The article that reported the change; null when none was given.")
        Citation citation) {
}
