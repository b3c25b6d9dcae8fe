package io.newsroom.gateway.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.Stance;

@Schema(description = "A claim in short: beside the event it was made at, and on the disputes board")
public record ClaimRef(
        @Schema(required = true) String id,
        @Schema(required = true) String proposition,
        @Schema(required = true) ActorRef claimant,
        @Schema(required = true) ClaimStatus status,
        @Schema(required = true, description = "Why the claim needs a second look, empty when nothing it rests on "
                + "changed: an article it appeared in or a stance cites was corrected or retracted, or the event it was "
                + "made at was deleted")
        List<ReviewReason> warnings) {

    public ClaimRef(String id, String proposition, ActorRef claimant, ClaimStatus status) {
        this(id, proposition, claimant, status, List.of());
    }

    public static ClaimRef of(Claim claim, ActorRef claimant) {
        return new ClaimRef(claim.id(), claim.proposition(), claimant, claim.status(), warnings(claim));
    }

    /** The event gone first (the claim's setting is missing), then what its appearances and stances cite. */
    public static List<ReviewReason> warnings(Claim claim) {
        List<ReviewReason> warnings = new ArrayList<>();
        if (claim.eventDeleted()) {
            warnings.add(new ReviewReason(ReviewReason.EVENT_DELETED, null, null, null));
        }
        List<io.newsroom.gateway.domain.Citation> cited = new ArrayList<>();
        if (claim.appearances() != null) {
            cited.addAll(claim.appearances());
        }
        for (Stance s : claim.stances() == null ? List.<Stance>of() : claim.stances()) {
            if (s != null && s.evidence() != null) {
                cited.addAll(s.evidence());
            }
        }
        warnings.addAll(ReviewReason.ofCitations(cited));
        return List.copyOf(warnings);
    }
}
