package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Actor;

@Schema(description = "An actor involved in the story, with how much they said")
public record ActorView(
        @Schema(required = true, description = "The actor as the claims-service keeps it; named '(unknown actor)' "
                + "when the claims-service no longer has it") Actor actor,
        @Schema(required = true, description = "Claims this actor made in the story") int claims,
        @Schema(required = true, description = "Stances this actor took on the story's claims") int stances) {
}
