package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.RelationType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A typed link between two events of a story: 'from' PART_OF / FOLLOWS / REVISES /"
        + " CONTRADICTS 'to'.")
public record Relation(
        @Schema(required = true) UUID id,
        @Schema(required = true) String storyId,
        @Schema(required = true) UUID fromEventId,
        @Schema(required = true) UUID toEventId,
        @Schema(required = true) RelationType type,
        @Schema(required = true) Instant recordedAt) {
}
