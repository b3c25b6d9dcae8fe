package io.newsroom.timeline.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A developing news story: the container of its coverage and its timeline.")
public record Story(
        @Schema(description = "Readable slug chosen on creation.", example = "ukraine-peace-plan")
        String id,
        @Schema(description = "Headline of the story.", example = "US peace plan for Ukraine")
        String title,
        @Schema(description = "A few sentences on what the story is about.")
        String summary,
        @Schema(description = "Free keywords.", example = "[\"ukraine\", \"diplomacy\"]")
        List<String> tags,
        @Schema(description = "When the story was created (UTC).")
        Instant createdAt,
        @Schema(description = "When the story was last changed (UTC).")
        Instant updatedAt) {
}
