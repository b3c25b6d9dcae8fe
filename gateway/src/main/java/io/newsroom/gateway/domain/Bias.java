package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An outlet's bias rating, from left to right, then unrated")
public enum Bias {
    LEFT, LEAN_LEFT, CENTER, LEAN_RIGHT, RIGHT, UNRATED;

    /** The side of the spectrum a bias counts for in the coverage split; null for CENTER and UNRATED. */
    public Side side() {
        return switch (this) {
            case LEFT, LEAN_LEFT -> Side.LEFT;
            case LEAN_RIGHT, RIGHT -> Side.RIGHT;
            case CENTER, UNRATED -> null;
        };
    }

    @Schema(name = "CoverageSide", description = "A side of the bias spectrum")
    public enum Side {
        LEFT, RIGHT
    }
}
