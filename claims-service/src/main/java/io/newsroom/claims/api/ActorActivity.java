package io.newsroom.claims.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorActivity", description = "Who claimed what: an actor's own claims and the stances it took "
        + "on others' claims, newest recorded first, each list bounded by 'limit'")
public record ActorActivity(Actor actor, List<Claim> claims, List<StanceOnClaim> stances) {

    @Schema(name = "StanceOnClaim", description = "A stance with the claim it was taken on")
    public record StanceOnClaim(Stance stance, String storyId, String proposition, ActorRef claimant) {
    }
}
