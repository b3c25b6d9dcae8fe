package io.newsroom.timeline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An RFC 9457 problem: every error of this service has this shape, served as"
        + " application/problem+json.")
public record Problem(
        @Schema(required = true, description = "Identifies the kind of problem, urn:newsroom:problem:<slug>.", example = "urn:newsroom:problem:validation")
        String type,
        @Schema(required = true, description = "Short summary of the kind of problem.", example = "The request breaks a rule")
        String title,
        @Schema(required = true, description = "The HTTP status code.", example = "422", minimum = "400", maximum = "599")
        int status,
        @Schema(required = true, description = "What went wrong with this request, in words a developer can act on.")
        String detail,
        @Schema(description = "The path of the request; absent when the request line was too long to send back (414).", example = "/api/timeline/stories/ukraine-peace-plan/events")
        String instance,
        @Schema(description = "Field-level failures; present only when specific fields are at fault.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<FieldError> errors) {
}
