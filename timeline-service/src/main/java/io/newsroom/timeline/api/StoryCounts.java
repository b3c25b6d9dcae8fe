package io.newsroom.timeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How much a story holds in all, not only on the page shown.")
public record StoryCounts(
        @Schema(required = true, description = "Events of the story.")
        int events,
        @Schema(required = true, description = "Articles of its coverage.")
        int articles,
        @Schema(required = true, description = "Distinct known outlets among those articles.")
        int outlets,
        @Schema(required = true, description = "Relations between its events.")
        int relations) {
}
