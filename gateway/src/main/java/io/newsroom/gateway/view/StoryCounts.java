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
        Integer claims,
        @Schema(description = "Actors who made a claim or took a stance in the story") Integer actors,
        Integer stances,
        @Schema(description = "Claims per status, every status present") Map<ClaimStatus, Integer> claimsByStatus) {
}
