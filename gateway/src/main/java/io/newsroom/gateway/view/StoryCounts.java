package io.newsroom.gateway.view;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ClaimStatus;

@Schema(description = "How much the whole story holds, beyond the page the view shows. The claim counts are null "
        + "when the claims-service did not answer.")
public record StoryCounts(
        @Schema(required = true) int events,
        @Schema(required = true) int articles,
        @Schema(required = true) int outlets,
        @Schema(required = true) int relations,
        @Schema(required = true, nullable = true, description = "Claims of the story") Integer claims,
        @Schema(required = true, nullable = true, description = "Actors who made a claim or took a stance in the story")
        Integer actors,
        @Schema(required = true, nullable = true, description = "Current stances on the story's claims") Integer stances,
        @Schema(required = true, nullable = true, description = "Claims per status, every status present")
        Map<ClaimStatus, Integer> claimsByStatus) {
}
