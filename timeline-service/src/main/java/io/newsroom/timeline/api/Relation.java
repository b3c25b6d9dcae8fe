package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.RelationType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A typed link between two events of a story: 'from' PART_OF / FOLLOWS / REVISES /"
        + " CONTRADICTS 'to'.")
public record Relation(UUID id, String storyId, UUID fromEventId, UUID toEventId, RelationType type, Instant recordedAt) {
}
