package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Bias;

@Schema(description = "An outlet that covered the story, with how many of its articles the story has")
public record CoverageOutlet(
        String id,
        String name,
        String domain,
        @Schema(description = "Bias of the outlet; UNRATED when it has none") Bias bias,
        int articles) {
}
