package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.Bias;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An outlet that covered the story.")
public record OutletCoverage(UUID outletId, String name, String domain, Bias bias, long articleCount) {
}
