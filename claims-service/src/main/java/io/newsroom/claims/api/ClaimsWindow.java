package io.newsroom.claims.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimsWindow", description = "The claims half of a story view: the claims made at one page of the "
        + "timeline's events, the top of the disputes board, the actors both name, and the story's counts")
public record ClaimsWindow(
        @Schema(required = true, description = "Every claim of the story made at one of the given events, made-at earliest first, then id")
        List<Claim> claims,
        @Schema(required = true, description = "The story's most disputed claims: the first page of the disputes board")
        List<Dispute> disputes,
        @Schema(required = true, description = "Every claimant and stance actor the claims and disputes above name, each once, in name order")
        List<Actor> actors,
        @Schema(required = true) Counts counts) {

    @Schema(name = "ClaimsWindowCounts", description = "Counts over the whole story, not just this window")
    public record Counts(
            @Schema(required = true, description = "Claims recorded in the story") int claims,
            @Schema(required = true, description = "Actors who made a claim in the story or hold a current stance on one") int actors,
            @Schema(required = true, description = "Current stances on the story's claims") int stances,
            @Schema(required = true) StatusCounts byStatus) {
    }

    @Schema(name = "ClaimStatusCounts", description = "The story's claims by their derived status")
    public record StatusCounts(
            @Schema(required = true) @JsonProperty("UNCHALLENGED") int unchallenged,
            @Schema(required = true) @JsonProperty("SUPPORTED") int supported,
            @Schema(required = true) @JsonProperty("DISPUTED") int disputed,
            @Schema(required = true) @JsonProperty("CONTESTED") int contested) {
    }
}
