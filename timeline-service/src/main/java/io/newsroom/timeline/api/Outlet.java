package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.Bias;
import io.newsroom.timeline.domain.Factuality;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A news outlet with its bias and factuality ratings.")
public record Outlet(
        UUID id,
        @Schema(example = "Associated Press")
        String name,
        @Schema(description = "Web domain, lower-case without 'www.'; unique. Articles are matched to outlets by it.", example = "apnews.com")
        String domain,
        Bias bias,
        @Schema(description = "Who published the bias rating.", example = "AllSides")
        String biasRatedBy,
        @Schema(description = "When the bias rating was published (UTC).")
        Instant biasRatedAt,
        Factuality factuality,
        Instant createdAt,
        Instant updatedAt) {
}
