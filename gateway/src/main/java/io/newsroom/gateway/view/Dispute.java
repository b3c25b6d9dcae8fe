package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ClaimStatus;

@Schema(description = "A line of the disputes board: who claims it, who backs it and who disputes it")
public record Dispute(
        String claimId,
        String proposition,
        ActorRef claimant,
        @Schema(description = "DISPUTED or CONTESTED") ClaimStatus status,
        List<ActorRef> supporters,
        List<ActorRef> disputers) {
}
