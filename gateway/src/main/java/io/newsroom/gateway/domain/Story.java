package io.newsroom.gateway.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The header of a developing story, as the timeline-service keeps it")
public record Story(
        @Schema(required = true, description = "Readable slug that identifies the story", examples = "ukraine-peace-plan")
        String id,
        @Schema(required = true) String title,
        String summary,
        List<String> tags,
        @Schema(description = "Ignored on import") Instant createdAt,
        @Schema(description = "Ignored on import") Instant updatedAt) {
}
