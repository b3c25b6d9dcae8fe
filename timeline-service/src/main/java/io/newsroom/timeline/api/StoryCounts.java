package io.newsroom.timeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How much a story holds in all, not only on the page shown.")
public record StoryCounts(
        @Schema(description = "Events of the story.")
        int events,
        @Schema(description = "Articles of its coverage.")
        int articles,
        @Schema(description = "Distinct known outlets among those articles.")
        int outlets,
        @Schema(description = "Relations between its events.")
        int relations) {
}
