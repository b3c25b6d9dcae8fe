package io.newsroom.claims.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimToReview", description = "A claim the desk should confirm or fix: an article it cites (as an "
        + "appearance or as evidence of a current stance) was corrected or retracted, or the event it was made at was "
        + "deleted in timeline-service")
public record ClaimToReview(
        @Schema(required = true, description = "Always \"claim\" (the gateway merges these with timeline's events to review)",
                enumeration = "claim", examples = "claim") String kind,
        @Schema(required = true) UUID id,
        @Schema(required = true) String proposition,
        @Schema(required = true, description = "Why, one reason per changed article and one for a deleted event") List<ReviewReason> reasons) {
}
