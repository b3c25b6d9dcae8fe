package io.newsroom.gateway.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something an actor asserted in a story, with where it appeared, the stances on it and "
        + "the desk's verdict")
public record Claim(
        String id,
        @Schema(required = true) String proposition,
        @Schema(required = true, description = "Id of the actor who made the claim") String claimantId,
        EdtfDate madeAt,
        @Schema(description = "Id of the event the claim was made at, if any") String eventId,
        List<String> tags,
        List<Citation> appearances,
        @Schema(description = "Derived by the claims-service from the stances; ignored on import")
        ClaimStatus status,
        List<Stance> stances,
        Verdict verdict,
        @Schema(description = "Ignored on import") Instant updatedAt) {
}
