package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.StancePosition;

@Schema(description = "Corrections an editor makes while accepting a candidate: only the part of the candidate's kind "
        + "may be given (an EVENT candidate takes 'event', and so on), and every field is optional; what is not given "
        + "is accepted as proposed.")
public record CandidateEdits(EventEdits event, ClaimEdits claim, StanceEdits stance, ActorEdits actor) {

    @Schema(name = "EventEdits", description = "Corrections to an event candidate")
    public record EventEdits(
            @Schema(description = "The event's title, at most 300 characters", maxLength = 300) String title,
            @Schema(description = "The date as EDTF, instead of the one the phrase gave", examples = "2025-12-02",
                    maxLength = 64)
            String date,
            EventStatus status,
            @Schema(description = "What kind of event it is, instead of the proposed one") EventKind eventKind,
            @Schema(description = "Cite the article in this event of the story instead of creating one", maxLength = 36) String eventId) {
    }

    @Schema(name = "ClaimEdits", description = "Corrections to a claim candidate")
    public record ClaimEdits(
            @Schema(description = "What was claimed, in neutral words, at most 1000 characters", maxLength = 1000) String proposition,
            @Schema(description = "Who said it: an actor of the claims-service", maxLength = 36) String claimantId,
            @Schema(description = "When it was said, as EDTF", examples = "2025-11-27", maxLength = 64) String madeAt,
            @Schema(description = "The event of the story it was said at", maxLength = 36) String eventId,
            @Schema(description = "Add the article as an appearance of this claim of the story instead of creating one",
                    maxLength = 36)
            String claimId) {
    }

    @Schema(name = "StanceEdits", description = "Corrections to a stance candidate")
    public record StanceEdits(
            StancePosition position,
            @Schema(description = "The actor's case, in neutral words, at most 2000 characters", maxLength = 2000) String summary,
            @Schema(description = "Who takes the stance: an actor of the claims-service", maxLength = 36) String actorId,
            @Schema(description = "The claim of the story it answers", maxLength = 36) String claimId) {
    }

    @Schema(name = "ActorEdits", description = "Corrections to an actor candidate")
    public record ActorEdits(
            @Schema(description = "The actor's name, at most 200 characters", maxLength = 200) String name,
            ActorKind actorKind,
            @Schema(description = "It is this actor of the claims-service: nothing is created", maxLength = 36) String actorId) {
    }
}
