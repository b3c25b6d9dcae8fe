package io.newsroom.claims.api;

import io.newsroom.claims.domain.Position;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StanceInput", description = "A stance an actor takes on a claim")
public record StanceInput(
        @NotNull @Schema(required = true, description = "Id of the actor taking the stance") UUID actorId,
        @NotNull @Schema(required = true) Position position,
        @NotBlank @Size(max = 2000) @Schema(required = true, description = "The actor's case, in neutral words")
        String summary,
        @Size(max = 20) @Schema(description = "Citations the actor relies on") List<@NotNull @Valid Citation> evidence,
        @NotNull @Schema(required = true, description = "When the actor took the stance (UTC)") Instant takenAt) {
}
