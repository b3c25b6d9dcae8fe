package io.newsroom.claims.api;

import io.newsroom.claims.domain.Rating;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerdictInput", description = "The desk's verdict on a claim")
public record VerdictInput(
        @NotNull @Schema(required = true) Rating rating,
        @NotBlank @Size(max = 4000) @Schema(required = true, description = "Why the claim earns this rating")
        String explanation,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Who reviewed it") String reviewer,
        @NotNull @Schema(required = true, description = "When the review was made (UTC)") Instant reviewedAt) {
}
