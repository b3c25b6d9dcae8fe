package io.newsroom.gateway.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Problem", description = "An RFC 9457 problem: what went wrong, in terms a client can act on")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "Identifies the kind of problem", examples = "urn:newsroom:problem:not-found")
        String type,
        @Schema(required = true, description = "Short summary of the kind of problem") String title,
        @Schema(required = true, description = "HTTP status code", minimum = "400", maximum = "599") int status,
        @Schema(required = true, description = "What went wrong this time") String detail,
        @Schema(description = "Path of the request; absent when the request line was too long to send back (414)")
        String instance,
        @Schema(description = "Field-level failures; present only when specific fields are at fault") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One field that breaks a rule")
    public record FieldError(
            @Schema(required = true, description = "Path of the field in JSON terms, dot-separated", examples = "story.id")
            String field,
            @Schema(required = true, description = "What is wrong with it") String message) {
    }
}
