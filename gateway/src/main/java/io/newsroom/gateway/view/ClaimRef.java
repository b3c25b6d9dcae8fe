package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim in short, as listed beside the event it was made at")
public record ClaimRef(
        String id,
        String proposition,
        @Schema(description = "Name of the claimant") String claimant,
        @Schema(description = "UNCHALLENGED, SUPPORTED, DISPUTED or CONTESTED") String status) {
}
