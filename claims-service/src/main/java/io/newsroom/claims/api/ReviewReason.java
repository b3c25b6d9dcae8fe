package io.newsroom.claims.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewReason", description = "What changed in the evidence of a fact")
public record ReviewReason(
        @Schema(required = true, enumeration = {"article-corrected", "article-retracted", "event-deleted"}, examples = "article-retracted")
        String reason,
        @Schema(required = true, nullable = true, description = "The normalised URL of the article (article reasons); null for "
                + "event-deleted",
                examples = "https://example.org/world/putin-bishkek") String url,
        @Schema(required = true, nullable = true, description = "The outlet's correction or retraction note (article reasons); null "
                + "without one") String note,
        @Schema(required = true, description = "When the article's status changed, or when timeline-service recorded the event's deletion")
        Instant at) {
}
