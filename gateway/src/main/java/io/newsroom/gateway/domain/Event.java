package io.newsroom.gateway.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something that happened, or is scheduled to happen, in a story")
public record Event(
        @Schema(description = "Id in the source system; relations and claims refer to events by it")
        String id,
        @Schema(required = true) String title,
        String description,
        EventKind kind,
        @Schema(required = true) EdtfDate when,
        @Schema(description = "When a lasting event ended, if it did") EdtfDate end,
        Location location,
        List<Participant> participants,
        EventStatus status,
        List<Citation> citations,
        @Schema(description = "Explicit tie-breaker among events with the same dates") Integer position,
        @Schema(description = "Ignored on import") Instant updatedAt) {
}
