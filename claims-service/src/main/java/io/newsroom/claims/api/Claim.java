package io.newsroom.claims.api;

import io.newsroom.claims.domain.ClaimStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "Who claimed what in a story, where it appeared and who takes which side")
public record Claim(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Slug of the story (owned by the timeline service)") String storyId,
        @Schema(required = true) String proposition,
        @Schema(required = true, nullable = true, description = "BCP 47 language of the proposition, or null") String language,
        @Schema(required = true) UUID claimantId,
        @Schema(required = true) ActorRef claimant,
        @Schema(required = true, description = "When the claim was made") EdtfDate madeAt,
        @Schema(required = true, nullable = true, description = "Id of the timeline event the claim was made at; null when "
                + "it was made at none") UUID eventId,
        @Schema(required = true, description = "Topic tags; empty when none") List<String> tags,
        @Schema(required = true, description = "Where it appeared, earliest publication first") List<Appearance> appearances,
        @Schema(required = true, nullable = true, description = "The appearance published earliest; null without dated appearances")
        Appearance firstAppearance,
        @Schema(required = true) ClaimStatus status,
        @Schema(required = true, description = "Current stances (as of 'asOf' when given), oldest recorded first") List<Stance> stances,
        @Schema(required = true, nullable = true, description = "The desk's verdict, or null") Verdict verdict,
        @Schema(required = true, description = "When this service recorded the claim") Instant recordedAt,
        @Schema(required = true, description = "When the claim was last changed") Instant updatedAt,
        @Schema(required = true, description = "True when timeline-service deleted the event the claim was made at: the claim keeps "
                + "its text, but the event it names is gone (restoring the event clears it)")
        boolean eventDeleted) {
}
