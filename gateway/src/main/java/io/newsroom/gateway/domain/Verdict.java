package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The fact-check desk's editorial verdict on a claim, separate from the stances")
public record Verdict(
        @Schema(required = true) Rating rating,
        @Size(max = 4000) String explanation,
        @Schema(description = "Who reviewed the claim") @Size(max = 200) String reviewer,
        @Schema(description = "When the verdict was given (UTC)") Instant reviewedAt) {
}
