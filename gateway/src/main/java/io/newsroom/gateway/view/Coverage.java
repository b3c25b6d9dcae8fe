package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Bias;

@Schema(description = "Who covered the story and how the coverage splits along the bias spectrum")
public record Coverage(
        @Schema(required = true, description = "Articles of the story") int articleCount,
        @Schema(required = true, description = "Distinct known outlets among them") int outletCount,
        @Schema(required = true, description = "Articles and outlets per bias rating, from LEFT to RIGHT, then UNRATED")
        List<BiasShare> byBias,
        @Schema(required = true, description = "Articles from LEFT or LEAN_LEFT outlets") int left,
        @Schema(required = true, description = "Articles from CENTER outlets") int center,
        @Schema(required = true, description = "Articles from LEAN_RIGHT or RIGHT outlets") int right,
        @Schema(required = true, description = "Articles from unrated or unknown outlets") int unrated,
        @Schema(required = true, description = "True when the story has coverage but one side of the spectrum (left or right) has none")
        boolean blindspot,
        @Schema(required = true, description = "The sides with no coverage; empty without any coverage") List<Bias.Side> missingSides,
        @Schema(required = true, description = "The outlets that covered the story, most articles first; the articles themselves are in the "
                + "bundle export") List<CoverageOutlet> outlets) {
}
