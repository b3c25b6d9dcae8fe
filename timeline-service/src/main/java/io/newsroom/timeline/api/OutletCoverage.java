package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.Bias;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An outlet that covered the story.")
public record OutletCoverage(
        @Schema(required = true) UUID outletId,
        @Schema(required = true) String name,
        @Schema(required = true) String domain,
        @Schema(required = true) Bias bias,
        @Schema(required = true, description = "Articles of the story it published.") long articleCount) {
}
