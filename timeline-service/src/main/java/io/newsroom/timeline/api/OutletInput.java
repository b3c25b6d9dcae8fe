package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.Bias;
import io.newsroom.timeline.domain.Factuality;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An outlet to create or to replace.")
public record OutletInput(
        @Schema(required = true, example = "Associated Press")
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "Web domain; stored lower-case without 'www.'. Unique.", required = true, example = "apnews.com")
        @NotBlank @Size(max = 253)
        String domain,
        @Schema(description = "Defaults to UNRATED.")
        Bias bias,
        @Size(max = 200)
        String biasRatedBy,
        Instant biasRatedAt,
        @Schema(description = "Defaults to UNRATED.")
        Factuality factuality) {
}
