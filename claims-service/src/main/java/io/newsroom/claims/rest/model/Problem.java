package io.newsroom.claims.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Problem", description = "An RFC 9457 problem: why a request failed. Never carries a stack trace or SQL.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "urn:newsroom:problem:validation")
        String type,
        @Schema(description = "Short human-readable summary of the kind of problem") String title,
        @Schema(description = "The HTTP status code") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The path of the request") String instance,
        @Schema(description = "Field-level failures, present only when fields broke a rule")
        List<FieldError> errors) {

    @Schema(name = "FieldError", description = "One field that broke a rule")
    public record FieldError(
            @Schema(description = "Path of the field in the JSON body, dot-separated", examples = "madeAt.edtf")
            String field,
            @Schema(description = "What is wrong with it") String message) {
    }
}
