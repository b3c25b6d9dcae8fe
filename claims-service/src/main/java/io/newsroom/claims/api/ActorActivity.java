package io.newsroom.claims.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorActivity", description = "Who claimed what: an actor's own claims and the stances it took "
        + "on others' claims, newest recorded first, each list bounded by 'limit'")
public record ActorActivity(@Schema(required = true) Actor actor, @Schema(required = true) List<Claim> claims,
        @Schema(required = true) List<StanceOnClaim> stances) {

    @Schema(name = "StanceOnClaim", description = "A stance with the claim it was taken on")
    public record StanceOnClaim(@Schema(required = true) Stance stance, @Schema(required = true) String storyId,
            @Schema(required = true) String proposition, @Schema(required = true) ActorRef claimant) {
    }
}
