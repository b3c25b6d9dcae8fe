package io.newsroom.gateway.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor's position on a claim")
public record Stance(
        String id,
        @Schema(required = true, description = "Id of the actor who takes the stance") String actorId,
        @Schema(required = true) StancePosition position,
        String summary,
        List<Citation> evidence,
        @Schema(required = true, description = "When the actor took the stance (UTC)") Instant takenAt) {
}
