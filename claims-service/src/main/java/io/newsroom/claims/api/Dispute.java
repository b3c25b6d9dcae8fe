package io.newsroom.claims.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dispute", description = "A DISPUTED or CONTESTED claim on the disputes board, with who disputes it")
public record Dispute(@Schema(required = true) Claim claim,
                      @Schema(required = true, description = "The current disputing stances: actor, summary and evidence")
                      List<Stance> disputes,
                      @Schema(required = true, description = "When the newest current stance on the claim was recorded")
                      Instant lastActivityAt) {
}
