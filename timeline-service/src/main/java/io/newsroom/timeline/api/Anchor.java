package io.newsroom.timeline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a relative phrase is relative to: usually the publication of the article that"
        + " used it, and the zone of its newsroom.")
public record Anchor(
        @Schema(required = true, example = "2025-11-28T09:00:00Z")
        @NotNull
        Instant publishedAt,
        @Schema(required = true, description = "IANA time zone id; the phrase is read in this zone's calendar.", example = "Europe/Kyiv")
        @NotBlank @Size(max = 64)
        String zone) {
}
