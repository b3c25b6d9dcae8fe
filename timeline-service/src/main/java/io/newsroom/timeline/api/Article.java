package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.ArticleStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article that covers a story.")
public record Article(
        @Schema(required = true)
        UUID id,
        @Schema(required = true)
        String storyId,
        @Schema(required = true, description = "Normalised URL: unique within the story.", example = "https://apnews.com/article/russia-ukraine-putin-peace-plan")
        String url,
        @Schema(required = true, nullable = true, description = "The outlet that published it; null when no outlet matches its domain.")
        UUID outletId,
        @Schema(required = true, nullable = true, description = "Its headline; null when not given.")
        String title,
        @Schema(required = true, description = "Publication instant (UTC).")
        Instant publishedAt,
        @Schema(required = true, nullable = true, description = "IANA time zone of the newsroom that published it, for reading its relative dates; null when not given.", example = "Europe/Kyiv")
        String zone,
        @Schema(required = true)
        Instant recordedAt,
        @Schema(required = true, description = "Whether the article still stands as published; changed with changeArticleStatus. Events"
                + " that cite a CORRECTED or RETRACTED article carry its status in their citations.", example = "PUBLISHED")
        ArticleStatus status,
        @Schema(required = true, nullable = true, description = "What the outlet corrected, or why it retracted the article; null while PUBLISHED.",
                example = "An earlier version misstated the date of the Geneva talks.")
        String statusNote,
        @Schema(required = true, nullable = true, description = "When the outlet corrected or retracted it (UTC); null while PUBLISHED.")
        Instant statusChangedAt) {
}
