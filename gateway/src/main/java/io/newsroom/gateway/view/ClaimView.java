package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Verdict;

@Schema(description = "A claim with its claimant, status, stances and verdict")
public record ClaimView(
        String id,
        String proposition,
        ActorRef claimant,
        EdtfDate madeAt,
        @Schema(description = "Event the claim was made at, if any") String eventId,
        @Schema(description = "Title of that event, when the timeline is available") String eventTitle,
        List<String> tags,
        ClaimStatus status,
        List<Citation> appearances,
        List<StanceView> stances,
        Verdict verdict) {
}
