package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Bias;

@Schema(description = "Coverage from outlets of one bias rating")
public record BiasShare(
        @Schema(required = true) Bias bias,
        @Schema(required = true, description = "Articles from outlets of this rating") int articles,
        @Schema(required = true, description = "Outlets of this rating that covered the story") int outlets) {
}
