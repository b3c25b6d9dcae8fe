package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contract's shared parts: the problem responses and headers every operation refers to by
 * name, so each status means the same thing everywhere.
 */
@OpenAPIDefinition(
        info = @Info(title = "Timeline service", version = "1.0.0",
                description = "Stories, their coverage by outlets, and ordered event timelines with dates at the"
                        + " precision they are known. Errors are RFC 9457 problems. Creates accept an"
                        + " Idempotency-Key; single resources carry an ETag that replace and delete require"
                        + " in If-Match; lists page with 'limit' (1-200, default 50) and 'after'."),
        tags = {
                @Tag(name = "Stories", description = "Developing news stories."),
                @Tag(name = "Outlets", description = "News outlets and their bias and factuality ratings."),
                @Tag(name = "Coverage", description = "Articles of a story and how coverage splits by outlet bias."),
                @Tag(name = "Timeline", description = "Events of a story in timeline order, with filters and 'as of'."),
                @Tag(name = "Status", description = "Status changes of events and their history."),
                @Tag(name = "Relations", description = "Typed links between events of a story."),
                @Tag(name = "Dates", description = "Resolution of relative date phrases."),
                @Tag(name = "Revisions", description = "Who changed what and when, for every resource."),
                @Tag(name = "Planning", description = "Across stories: what is expected in a window (the diary) and what"
                        + " was expected and is not confirmed (overdue events)."),
                @Tag(name = "Review", description = "Facts of a story whose evidence changed: events citing a corrected or"
                        + " retracted article.")
        },
        components = @Components(
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "The request cannot be read (bad-request: not JSON, a wrong JSON type, an"
                                        + " unknown enum value, an unparseable parameter such as a malformed id, instant or"
                                        + " cursor), has a body field the operation does not take (unknown-field), or a"
                                        + " query parameter it does not take (unknown-parameter); 'errors' names them.",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "No such story, or nothing with that id in the story.",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "It already exists (same slug, domain, article URL or relation).",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "If-Match names an older version: read the resource again.",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428",
                                description = "If-Match is missing: read the resource and send its ETag (or *).",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                                description = "The body must be application/json.",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unprocessable", responseCode = "422",
                                description = "The request was read but breaks a rule; 'errors' names the fields.",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
                }))
public class TimelineApi extends Application {
}
