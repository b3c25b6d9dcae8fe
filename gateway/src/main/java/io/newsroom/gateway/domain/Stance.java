package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor's position on a claim")
public record Stance(
        @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true, description = "Id of the actor who takes the stance") @Size(max = StoryBundle.MAX_KEY_LENGTH) String actorId,
        @Schema(required = true) StancePosition position,
        @Size(max = 2000) String summary,
        @Size(max = 20) List<@Valid Citation> evidence,
        @Schema(required = true, description = "When the actor took the stance (UTC)") Instant takenAt) {
}
