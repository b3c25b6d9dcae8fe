package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ClaimStatus;

@Schema(description = "A claim in short: beside the event it was made at, and on the disputes board")
public record ClaimRef(
        String id,
        String proposition,
        ActorRef claimant,
        ClaimStatus status) {
}
