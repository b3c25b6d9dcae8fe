package io.newsroom.timeline.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who covered a story and how coverage splits by outlet bias.")
public record Coverage(
        String storyId,
        @Schema(description = "Articles of the story.")
        long articleCount,
        @Schema(description = "Distinct known outlets among them.")
        long outletCount,
        @Schema(description = "Articles whose outlet is not known (counted as UNRATED in byBias).")
        long unmatchedArticleCount,
        @Schema(description = "One entry for every bias value, in scale order, zeros included.")
        List<BiasCoverage> byBias,
        @Schema(description = "The known outlets, most articles first.")
        List<OutletCoverage> outlets) {
}
