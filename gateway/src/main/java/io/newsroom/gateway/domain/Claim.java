package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something an actor asserted in a story, with where it appeared, the stances on it and "
        + "the desk's verdict")
public record Claim(
        @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true) @Size(max = 1000) String proposition,
        @Schema(required = true, description = "Id of the actor who made the claim") @Size(max = StoryBundle.MAX_KEY_LENGTH) String claimantId,
        @Valid EdtfDate madeAt,
        @Schema(description = "Id of the event the claim was made at, if any; null otherwise", nullable = true) @Size(max = StoryBundle.MAX_KEY_LENGTH) String eventId,
        @Schema(description = "True when the event the claim was made at has been deleted from the timeline: the claim "
                + "keeps its text, but the event it names is gone. Set by the claims-service; ignored on import.")
        boolean eventDeleted,
        @Size(max = 20) List<@Size(max = 60) String> tags,
        @Size(max = 50) List<@Valid Citation> appearances,
        @Schema(description = "Derived by the claims-service from the stances; ignored on import")
        ClaimStatus status,
        @Size(max = StoryBundle.MAX_ITEMS) List<@Valid Stance> stances,
        @Schema(nullable = true, description = "The desk's verdict; null without one") @Valid Verdict verdict,
        @Schema(description = "Ignored on import") Instant updatedAt) {

    /** A claim as written: whether its event still stands is the services' to say. */
    public Claim(String id, String proposition, String claimantId, EdtfDate madeAt, String eventId, List<String> tags,
            List<Citation> appearances, ClaimStatus status, List<Stance> stances, Verdict verdict, Instant updatedAt) {
        this(id, proposition, claimantId, madeAt, eventId, false, tags, appearances, status, stances, verdict, updatedAt);
    }
}
