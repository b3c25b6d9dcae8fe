package io.newsroom.claims.api;

import io.newsroom.claims.domain.Position;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stance", description = "An actor's position on a claim, with its evidence")
public record Stance(
        UUID id,
        UUID claimId,
        ActorRef actor,
        Position position,
        String summary,
        List<Citation> evidence,
        @Schema(description = "When the actor took the stance") Instant takenAt,
        @Schema(description = "When this service recorded it") Instant recordedAt,
        @Schema(description = "When a later stance of the same actor replaced it; null while current")
        Instant supersededAt,
        @Schema(description = "True while this is the actor's current stance on the claim") boolean current) {
}
