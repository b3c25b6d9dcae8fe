package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ActorKind;

@Schema(description = "An actor named by a claim or a stance")
public record ActorRef(
        @Schema(required = true, description = "Id of the actor in the claims-service") String id,
        @Schema(required = true, description = "Name, or '(unknown actor)' when the claims-service no longer has it") String name,
        @Schema(required = true, nullable = true, description = "What kind of actor it is; null for an unknown actor") ActorKind kind) {
}
