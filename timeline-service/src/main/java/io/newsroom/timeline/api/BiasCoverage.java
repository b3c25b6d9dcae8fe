package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.Bias;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Coverage by outlets of one bias.")
public record BiasCoverage(
        @Schema(required = true)
        Bias bias,
        @Schema(required = true, description = "Known outlets with this bias that covered the story.")
        long outletCount,
        @Schema(required = true, description = "Articles from those outlets (for UNRATED also articles of unknown outlets).")
        long articleCount) {
}
