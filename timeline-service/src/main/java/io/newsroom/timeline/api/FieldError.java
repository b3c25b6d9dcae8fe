package io.newsroom.timeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A field of the request that breaks a rule.")
public record FieldError(
        @Schema(required = true, description = "Path of the field in JSON terms, dot-separated; query parameters by name.", example = "when.edtf")
        String field,
        @Schema(required = true, description = "What is wrong with it.", example = "'2025-13' is not a real date")
        String message) {
}
