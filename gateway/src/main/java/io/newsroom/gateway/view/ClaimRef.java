package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ClaimStatus;

@Schema(description = "A claim in short, as listed beside the event it was made at")
public record ClaimRef(
        String id,
        String proposition,
        @Schema(description = "Name of the claimant") String claimant,
        ClaimStatus status) {
}
