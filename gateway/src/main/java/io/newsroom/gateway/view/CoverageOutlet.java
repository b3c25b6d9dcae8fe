package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Bias;

@Schema(description = "An outlet that covered the story, with how many of its articles the story has")
public record CoverageOutlet(
        @Schema(required = true, description = "Id of the outlet in the timeline-service") String id,
        @Schema(required = true) String name,
        @Schema(required = true) String domain,
        @Schema(required = true, description = "Bias of the outlet; UNRATED when it has none") Bias bias,
        @Schema(required = true, description = "Articles of the story it published") int articles) {
}
