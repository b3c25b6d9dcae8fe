package io.newsroom.stylebook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a service's change feed: a revision, at its position in the order the writes committed. */
@Schema(name = "Change", description = "One write, as its revision recorded it, at its position in this service's feed."
        + " Every revision has exactly one; a write that failed has none.")
public record Change(
        @Schema(description = "Position in this service's feed, a decimal number as a string: strictly increasing in the"
                + " order the writes committed, and never reused. Pass it as 'after' (or Last-Event-ID) to resume.",
                example = "1234", required = true, pattern = ChangeQuery.POSITION_PATTERN,
                maxLength = ChangeQuery.MAX_POSITION_LENGTH)
        String id,
        @Schema(description = "What happened: the resource and the action (created, updated, deleted or restored), e.g."
                + " event.updated. The feed's operations list its types, and their exceptions.", example = "event.updated",
                required = true)
        String type,
        @Schema(description = "Slug of the story the resource belongs to; null for what belongs to none (outlets, actors).",
                example = "harbour-bridge-closure", required = true, nullable = true)
        String storyId,
        @Schema(description = "The resource, as the first part of the type.", example = "event", required = true)
        String resourceType,
        @Schema(description = "The resource's id (a story's slug, else a UUID).", example = "6f1c2d9e-0a4b-4c1d-9e8f-2b3a4c5d6e7f",
                required = true)
        String resourceId,
        @Schema(description = "The resource's revision number: 1, 2, ... per resource.", example = "3", required = true,
                minimum = "1", maximum = "2147483647")
        int revision,
        @Schema(description = "Id of the revision, as the resource's revisions list shows it.",
                example = "0b7e3c1a-5d2f-4e6a-8b9c-1d2e3f4a5b6c", required = true)
        UUID revisionId,
        @Schema(description = "When the write was recorded (UTC).", example = "2026-12-01T10:00:00Z", required = true)
        Instant recordedAt,
        @Schema(description = "The resource as this revision recorded it, in the API's representation of it (for a delete:"
                + " as it stood).", type = SchemaType.OBJECT, required = true)
        Object data) {

    /** The position as a number, for ordering and resuming. */
    @JsonIgnore
    public long position() {
        return Long.parseLong(id);
    }
}
