package io.newsroom.claims.api;

import io.newsroom.claims.domain.Position;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stance", description = "An actor's position on a claim, with its evidence")
public record Stance(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID claimId,
        @Schema(required = true) ActorRef actor,
        @Schema(required = true) Position position,
        @Schema(required = true, description = "The actor's case, in neutral words") String summary,
        @Schema(required = true, description = "The articles that back it; empty when none is cited") List<Citation> evidence,
        @Schema(required = true, description = "When the actor took the stance") Instant takenAt,
        @Schema(required = true, description = "When this service recorded it") Instant recordedAt,
        @Schema(required = true, nullable = true, description = "When a later stance of the same actor replaced it; null while current")
        Instant supersededAt,
        @Schema(required = true, description = "True while this is the actor's current stance on the claim") boolean current) {
}
