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
        @Schema(description = "Id of the event the claim was made at, if any; null otherwise", nullable = true) String eventId,
        @Schema(description = "True when the event the claim was made at has been deleted from the timeline: the claim "
                + "keeps its text, but the event it names is gone. Set by the claims-service; ignored on import.")
        boolean eventDeleted,
        List<String> tags,
        List<Citation> appearances,
        @Schema(description = "Derived by the claims-service from the stances; ignored on import")
        ClaimStatus status,
        List<Stance> stances,
        @Schema(nullable = true, description = "The desk's verdict; null without one") Verdict verdict,
        @Schema(description = "Ignored on import") Instant updatedAt) {

    /** A claim as written: whether its event still stands is the services' to say. */
    public Claim(String id, String proposition, String claimantId, EdtfDate madeAt, String eventId, List<String> tags,
            List<Citation> appearances, ClaimStatus status, List<Stance> stances, Verdict verdict, Instant updatedAt) {
        this(id, proposition, claimantId, madeAt, eventId, false, tags, appearances, status, stances, verdict, updatedAt);
    }
}
