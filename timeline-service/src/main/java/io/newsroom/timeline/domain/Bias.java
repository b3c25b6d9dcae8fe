package io.newsroom.timeline.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Political bias rating of an outlet on a five-point left-right scale, as published by a"
        + " rating service (see biasRatedBy). UNRATED: no rating known. Articles whose outlet is unknown"
        + " count as UNRATED in coverage.")
public enum Bias {
    LEFT, LEAN_LEFT, CENTER, LEAN_RIGHT, RIGHT, UNRATED
}
