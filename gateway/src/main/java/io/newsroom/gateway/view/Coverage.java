package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Bias;

@Schema(description = "Who covered the story and how the coverage splits along the bias spectrum")
public record Coverage(
        int articleCount,
        int outletCount,
        @Schema(description = "Articles and outlets per bias rating, from LEFT to RIGHT, then UNRATED")
        List<BiasShare> byBias,
        @Schema(description = "Articles from LEFT or LEAN_LEFT outlets") int left,
        @Schema(description = "Articles from CENTER outlets") int center,
        @Schema(description = "Articles from LEAN_RIGHT or RIGHT outlets") int right,
        @Schema(description = "Articles from unrated or unknown outlets") int unrated,
        @Schema(description = "True when the story has coverage but one side of the spectrum (left or right) has none")
        boolean blindspot,
        @Schema(description = "The sides with no coverage") List<Bias.Side> missingSides,
        @Schema(description = "The outlets that covered the story, most articles first; the articles themselves are in the "
                + "bundle export") List<CoverageOutlet> outlets) {
}
