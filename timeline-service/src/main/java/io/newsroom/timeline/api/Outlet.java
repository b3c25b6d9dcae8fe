package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.Bias;
import io.newsroom.timeline.domain.Factuality;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A news outlet with its bias and factuality ratings.")
public record Outlet(
        @Schema(required = true)
        UUID id,
        @Schema(required = true, example = "Associated Press")
        String name,
        @Schema(required = true, description = "Web domain, lower-case without 'www.'; unique. Articles are matched to outlets by it.", example = "apnews.com")
        String domain,
        @Schema(required = true)
        Bias bias,
        @Schema(required = true, nullable = true, description = "Who published the bias rating; null when not given.", example = "AllSides")
        String biasRatedBy,
        @Schema(required = true, nullable = true, description = "When the bias rating was published (UTC); null when not given.")
        Instant biasRatedAt,
        @Schema(required = true)
        Factuality factuality,
        @Schema(required = true)
        Instant createdAt,
        @Schema(required = true)
        Instant updatedAt) {
}
