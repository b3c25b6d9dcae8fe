package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.EventStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A status change to record.")
public record TransitionInput(
        @Schema(required = true)
        @NotNull
        EventStatus status,
        @Schema(description = "The report of the change.")
        @Valid
        Citation citation,
        @Schema(description = "When the change happened (UTC); defaults to now.")
        Instant at,
        @Schema(description = "Required for RESCHEDULED (and only allowed there): the new date. The previous one"
                + " is kept in the transition.")
        @Valid
        DateValue newWhen) {
}
