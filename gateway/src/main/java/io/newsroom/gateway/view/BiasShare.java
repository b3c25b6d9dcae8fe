package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Coverage from outlets of one bias rating")
public record BiasShare(
        @Schema(description = "LEFT, LEAN_LEFT, CENTER, LEAN_RIGHT, RIGHT or UNRATED") String bias,
        int articles,
        int outlets) {
}
