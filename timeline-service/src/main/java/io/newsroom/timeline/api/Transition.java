package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.EventStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A status change of an event. The first entry of a history has no fromStatus: it is the"
        + " status the event was recorded with.")
public record Transition(
        UUID id,
        UUID eventId,
        
        EventStatus fromStatus,
        EventStatus status,
        @Schema(description = "When the change happened in the world (UTC).")
        Instant at,
        @Schema(description = "When the service recorded it (UTC); 'asOf' reads it.")
        Instant recordedAt,
        @Schema(description = "For RESCHEDULED: the date before the change.")
        DateValue previousWhen,
        @Schema(description = "For RESCHEDULED: the new date.")
        DateValue newWhen,
        
        Citation citation) {
}
