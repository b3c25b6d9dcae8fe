package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.Story;

@Schema(description = "A story as a desk sees it, composed from the timeline-service and the claims-service. When one "
        + "of them does not answer in time, the view still comes back with the other half, and 'degraded' names "
        + "the missing part.")
public record StoryView(
        @Schema(required = true, description = "The story header") Story story,
        @Schema(required = true, description = "Events in timeline order (earliest, latest, position, id), each with "
                + "the claims made at it")
        List<TimelineEvent> timeline,
        @Schema(required = true, description = "Relations between the story's events") List<RelationView> relations,
        @Schema(required = true, description = "Claims with their status, stances and verdict, oldest first, as the "
                + "claims-service keeps them; the claimant and the actors of the stances are in 'actors' by id, the "
                + "event a claim was made at in 'timeline' by id")
        List<Claim> claims,
        @Schema(required = true, description = "The disputes board: claims that someone disputes (DISPUTED or "
                + "CONTESTED), with who supports and who disputes them")
        List<Dispute> disputes,
        @Schema(required = true, description = "Actors who made a claim or took a stance in this story")
        List<ActorView> actors,
        @Schema(description = "Who covered the story and how the coverage splits by outlet bias; null when the "
                + "timeline is degraded")
        Coverage coverage,
        @Schema(description = "The latest change seen in either service (UTC)") Instant lastUpdated,
        @Schema(required = true, description = "Parts missing from this view because their service did not answer: "
                + "'timeline' or 'claims'. Empty when the view is complete.")
        List<String> degraded) {

    public boolean complete() {
        return degraded.isEmpty();
    }
}
