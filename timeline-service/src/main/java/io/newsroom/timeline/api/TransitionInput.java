package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.EventStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A status change to record, with the report it comes from: a citation, or unsourced: true"
        + " to say there is none.")
public record TransitionInput(
        @Schema(required = true)
        @NotNull
        EventStatus status,
        @Schema(description = "The report of the change. Required unless 'unsourced' is true (422 naming citation).")
        @Valid
        Citation citation,
        @Schema(description = "When the change happened (UTC). Defaults to the citation's publishedAt; a citation"
                + " without one needs 'at' (422 naming at). An unsourced change without 'at' is taken to happen when it"
                + " is recorded.")
        Instant at,
        @Schema(description = "Required for RESCHEDULED (and only allowed there): the new date. The previous one"
                + " is kept in the transition.")
        @Valid
        DateValue newWhen,
        @Schema(description = "true to record the change without a citation, when no report of it exists (yet);"
                + " not together with a citation.", defaultValue = "false")
        Boolean unsourced) {
}
