package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ActorKind;

@Schema(description = "An actor named by a claim or a stance")
public record ActorRef(
        String id,
        @Schema(description = "Name, or '(unknown actor)' when the claims-service no longer has it") String name,
        ActorKind kind) {
}
