package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A line of the disputes board: a claim someone disputes (DISPUTED or CONTESTED), who backs it "
        + "and who disputes it")
public record Dispute(
        @Schema(required = true) ClaimRef claim,
        @Schema(required = true, description = "Who backs the claim; empty when nobody does") List<ActorRef> supporters,
        @Schema(required = true, description = "Who disputes it") List<ActorRef> disputers) {

    /** The disputed claim's id, or null for a line without its claim. */
    public String claimId() {
        return claim == null ? null : claim.id();
    }
}
