package io.newsroom.timeline.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who covered a story and how coverage splits by outlet bias.")
public record Coverage(
        @Schema(required = true)
        String storyId,
        @Schema(required = true, description = "Articles of the story.")
        long articleCount,
        @Schema(required = true, description = "Distinct known outlets among them.")
        long outletCount,
        @Schema(required = true, description = "Articles whose outlet is not known (counted as UNRATED in byBias).")
        long unmatchedArticleCount,
        @Schema(required = true, description = "One entry for every bias value, in scale order, zeros included.")
        List<BiasCoverage> byBias,
        @Schema(required = true, description = "The known outlets, most articles first.")
        List<OutletCoverage> outlets) {
}
