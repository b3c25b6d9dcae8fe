package io.newsroom.claims.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewReason", description = "What changed in the evidence of a fact")
public record ReviewReason(
        @Schema(enumeration = {"article-corrected", "article-retracted", "event-deleted"}, examples = "article-retracted")
        String reason,
        @Schema(description = "The normalised URL of the article (article reasons)", nullable = true,
                examples = "https://example.org/world/putin-bishkek") String url,
        @Schema(description = "The outlet's correction or retraction note (article reasons)", nullable = true) String note,
        @Schema(description = "When the article's status changed, or when timeline-service recorded the event's deletion")
        Instant at) {
}
