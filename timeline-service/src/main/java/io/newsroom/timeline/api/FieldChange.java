package io.newsroom.timeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionChange", description = "One field of the resource, before and after the write, as the resource's own JSON shows"
        + " it (a date is its whole date object). A field that did not exist is null.")
public record FieldChange(
        @Schema(required = true, description = "The field's name in the resource's JSON.", example = "title")
        String field,
        @Schema(required = true, description = "Its value before the write (any JSON value); null on a create or restore.")
        Object before,
        @Schema(required = true, description = "Its value after the write (any JSON value); null on a delete.")
        Object after) {
}
