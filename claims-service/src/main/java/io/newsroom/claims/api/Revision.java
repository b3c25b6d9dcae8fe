package io.newsroom.claims.api;

import io.newsroom.claims.domain.RevisionAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One write to a resource: who made it, when, and each field it changed. "
        + "The same shape in every service of the newsroom.")
public record Revision(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "What kind of resource was written: actor, claim, appearance, stance, verdict or relation",
                enumeration = {"actor", "claim", "appearance", "stance", "verdict", "relation"}, examples = "claim") String resourceType,
        @Schema(required = true, description = "Its id; a verdict goes by the id of its claim") UUID resourceId,
        @Schema(required = true, nullable = true, description = "The story it belongs to; null for actors") String storyId,
        @Schema(required = true, description = "1 for the resource's first revision, then 2, 3, ...") int number,
        @Schema(required = true) RevisionAction action,
        @Schema(required = true) Author author,
        @Schema(required = true, description = "When the write was recorded (UTC)") Instant recordedAt,
        @Schema(required = true, description = "Each field the write changed, with its value before and after (null when absent); "
                + "a creation or restore lists every field from null, a delete every field to null")
        List<Change> changes,
        @Schema(required = true, description = "The whole resource as it was after the write (for a delete: as it was when deleted), "
                + "the same JSON object its own operations answer. A claim's appearances and stances are shown as they "
                + "were at that write; they have revisions of their own.", type = SchemaType.OBJECT)
        Object state) {

    @Schema(name = "RevisionAuthor", description = "Who made a write, as their token names them")
    public record Author(
            @Schema(required = true, description = "The token's subject", examples = "local:ada-editor") String subject,
            @Schema(required = true, description = "The token's name claim, else its preferred_username, else its subject",
                    examples = "Ada Editor") String name) {
    }

    @Schema(name = "RevisionChange", description = "One field a write changed, by its name in the resource's JSON")
    public record Change(
            @Schema(required = true, examples = "proposition") String field,
            @Schema(required = true, description = "The JSON value before the write; null when the field had none") Object before,
            @Schema(required = true, description = "The JSON value after the write; null when it has none") Object after) {
    }
}
