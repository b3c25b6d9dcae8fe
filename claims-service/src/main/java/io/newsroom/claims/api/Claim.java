package io.newsroom.claims.api;

import io.newsroom.claims.domain.ClaimStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "Who claimed what in a story, where it appeared and who takes which side")
public record Claim(
        UUID id,
        @Schema(description = "Slug of the story (owned by the timeline service)") String storyId,
        String proposition,
        @Schema(description = "BCP 47 language of the proposition, or null") String language,
        UUID claimantId,
        ActorRef claimant,
        EdtfDate madeAt,
        @Schema(description = "Id of the timeline event the claim was made at") UUID eventId,
        List<String> tags,
        @Schema(description = "Where it appeared, earliest publication first") List<Appearance> appearances,
        @Schema(description = "The appearance published earliest; null without dated appearances")
        Appearance firstAppearance,
        ClaimStatus status,
        @Schema(description = "Current stances (as of 'asOf' when given), oldest recorded first") List<Stance> stances,
        @Schema(description = "The desk's verdict, or null") Verdict verdict,
        @Schema(description = "When this service recorded the claim") Instant recordedAt,
        Instant updatedAt,
        @Schema(description = "True when timeline-service deleted the event the claim was made at: the claim keeps "
                + "its text, but the event it names is gone (restoring the event clears it)")
        boolean eventDeleted) {
}
