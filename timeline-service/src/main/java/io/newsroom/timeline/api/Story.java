package io.newsroom.timeline.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A developing news story: the container of its coverage and its timeline.")
public record Story(
        @Schema(required = true, description = "Readable slug chosen on creation.", example = "ukraine-peace-plan")
        String id,
        @Schema(required = true, description = "Headline of the story.", example = "US peace plan for Ukraine")
        String title,
        @Schema(required = true, nullable = true, description = "A few sentences on what the story is about; null when none was written.")
        String summary,
        @Schema(required = true, description = "Free keywords; empty when none.", example = "[\"ukraine\", \"diplomacy\"]")
        List<String> tags,
        @Schema(required = true, description = "When the story was created (UTC).")
        Instant createdAt,
        @Schema(required = true, description = "When the story was last changed (UTC).")
        Instant updatedAt) {
}
