package io.newsroom.gateway.domain;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One revision of one resource, as a service's change feed records it, with the service it comes from. The same
 * record is read from the feeds, served in a story's merged feed (with the cursor that resumes after it) and sent in
 * webhooks, so a tool that reads one reads all three.
 */
@Schema(name = "Change", description = "One revision of one resource, as its service's change feed records it",
        requiredProperties = { "source", "id", "type", "storyId", "resourceType", "resourceId", "revision", "revisionId",
                "recordedAt", "data" })
public record Change(
        @Schema(description = "The service whose feed holds the change") ChangeSource source,
        @Schema(description = "Position of the change in its service's feed (decimal, increasing)", examples = "1234")
        String id,
        @Schema(description = "What happened, <resource>.<action> (see ChangeType)", examples = "event.updated") String type,
        @Schema(description = "Story of the resource; null for outlets and actors", nullable = true, examples = "ukraine-peace-plan")
        String storyId,
        @Schema(description = "Kind of resource", examples = "event") String resourceType,
        @Schema(description = "Id of the resource in its service", examples = "1e7a0000-0000-4000-8000-000000000001")
        String resourceId,
        @Schema(description = "The resource's revision number this change made", examples = "3") Integer revision,
        @Schema(description = "Id of that revision in its service", examples = "7b2c0000-0000-4000-8000-000000000001")
        String revisionId,
        @Schema(description = "When the service recorded the revision", examples = "2025-11-28T10:00:00Z") Instant recordedAt,
        @Schema(description = "The resource as that revision recorded it (for a delete: as it stood)", type = SchemaType.OBJECT,
                implementation = Object.class)
        JsonNode data,
        @Schema(description = "In a story's merged feed: the cursor that resumes right after this change (as 'after' "
                + "or as Last-Event-ID); absent elsewhere", examples = "MTIzNB81Ng")
        @JsonInclude(JsonInclude.Include.NON_NULL) String cursor) {

    /** The change as read from a service's feed, which names neither itself nor a merged cursor. */
    public Change from(ChangeSource from) {
        return new Change(from, id, type, storyId, resourceType, resourceId, revision, revisionId, recordedAt, data, null);
    }

    public Change resumingAt(String mergedCursor) {
        return new Change(source, id, type, storyId, resourceType, resourceId, revision, revisionId, recordedAt, data, mergedCursor);
    }

    /** The feed position as a number: feeds hand them out increasing, as decimal strings. */
    public long position() {
        return Long.parseLong(id);
    }
}
