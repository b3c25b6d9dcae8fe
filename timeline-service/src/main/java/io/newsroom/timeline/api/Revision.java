package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.RevisionAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One write to a resource: who made it, when, and what changed; the same shape in every"
        + " service of the newsroom. Every create, update, transition, delete and restore leaves one, in the same"
        + " transaction as the write.")
public record Revision(
        @Schema(required = true)
        UUID id,
        @Schema(required = true, description = "story, outlet, article, event, transition or relation.", example = "event",
                enumeration = {"story", "outlet", "article", "event", "transition", "relation"})
        String resourceType,
        @Schema(required = true, description = "The resource's id: a story's slug, else a UUID.")
        String resourceId,
        @Schema(required = true, nullable = true, description = "The story the resource belongs to; null for outlets.")
        String storyId,
        @Schema(required = true, description = "1 for the first revision of the resource, then 2, 3, ... in the order the writes"
                + " were made.", example = "2")
        int number,
        @Schema(required = true)
        RevisionAction action,
        @Schema(required = true)
        Author author,
        @Schema(required = true, description = "When the write was recorded (UTC); 'asOf' reads compare with it.")
        Instant recordedAt,
        @Schema(required = true, description = "The fields the write changed, in the order the resource lists them. A create or"
                + " restore lists every field it set, a delete every field the resource had; updatedAt is left"
                + " out, as recordedAt says when.")
        List<FieldChange> changes,
        @Schema(required = true, description = "The whole resource as it was served after the write; for a delete, as it was"
                + " when deleted: the same JSON object the resource's own operations answer.", type = SchemaType.OBJECT)
        Object state) {
}
