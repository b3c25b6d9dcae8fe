package io.newsroom.timeline.api;

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
        Instant recordedAt) {
}
