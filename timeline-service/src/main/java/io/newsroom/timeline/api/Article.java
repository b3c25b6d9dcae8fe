package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.ArticleStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article that covers a story.")
public record Article(
        UUID id,
        String storyId,
        @Schema(description = "Normalised URL: unique within the story.", example = "https://apnews.com/article/russia-ukraine-putin-peace-plan")
        String url,
        @Schema(description = "The outlet that published it; null when no outlet matches its domain.")
        UUID outletId,
        String title,
        @Schema(description = "Publication instant (UTC).")
        Instant publishedAt,
        @Schema(description = "IANA time zone of the newsroom that published it, for reading its relative dates.", example = "Europe/Kyiv")
        String zone,
        Instant recordedAt,
        @Schema(description = "Whether the article still stands as published; changed with changeArticleStatus. Events"
                + " that cite a CORRECTED or RETRACTED article carry its status in their citations.", example = "PUBLISHED")
        ArticleStatus status,
        @Schema(description = "What the outlet corrected, or why it retracted the article; null while PUBLISHED.",
                example = "An earlier version misstated the date of the Geneva talks.")
        String statusNote,
        @Schema(description = "When the outlet corrected or retracted it (UTC); null while PUBLISHED.")
        Instant statusChangedAt) {
}
