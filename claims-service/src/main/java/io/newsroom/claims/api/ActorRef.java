package io.newsroom.claims.api;

import io.newsroom.claims.domain.ActorKind;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorRef", description = "An actor as embedded in claims and stances")
public record ActorRef(UUID id, String name, ActorKind kind) {
}
