package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.ArticleStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a fact is to be checked again: an article it cites was corrected or retracted.")
public record ReviewReason(
        @Schema(required = true, example = "article-retracted", enumeration = {"article-corrected", "article-retracted"},
                description = "\"article-corrected\" or \"article-retracted\" (claims-service also says \"event-deleted\").")
        String reason,
        @Schema(required = true, description = "The normalised URL of the article.", example = "https://apnews.com/article/russia-ukraine-putin-peace-plan")
        String url,
        @Schema(required = true, nullable = true, description = "The note of the correction or retraction; null when none was recorded.", example = "The outlet withdrew the article.")
        String note,
        @Schema(required = true, nullable = true, description = "When the outlet corrected or retracted it (UTC); null when not known.", example = "2025-11-28T09:30:00Z")
        Instant at) {

    public static ReviewReason of(ArticleStatus status, String url, String note, Instant at) {
        return new ReviewReason(status == ArticleStatus.RETRACTED ? "article-retracted" : "article-corrected", url, note, at);
    }
}
