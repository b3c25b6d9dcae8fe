package io.newsroom.claims.api;

import io.newsroom.claims.domain.ActorKind;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorRef", description = "An actor as embedded in claims and stances")
public record ActorRef(@Schema(required = true) UUID id, @Schema(required = true) String name,
        @Schema(required = true) ActorKind kind) {
}
