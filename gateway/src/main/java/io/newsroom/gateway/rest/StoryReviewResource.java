package io.newsroom.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsroom.gateway.service.StoryReviewService;
import io.smallrye.mutiny.Uni;

@Path("/api/stories/{storyId}")
@Tag(name = "Story views", description = "Stories composed from the timeline and the claims")
public class StoryReviewResource {

    private final StoryReviewService reviews;

    public StoryReviewResource(StoryReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/review")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStoryReview", summary = "List the facts of a story whose evidence changed",
            description = "Every event whose citations cite an article since corrected or retracted, and every claim "
                    + "whose appearances or stance evidence cite one or whose event was deleted, each with its reasons "
                    + "(the article's URL and the outlet's note), for the desk to confirm or fix. The whole list at "
                    + "once: the timeline-service's events first, then the claims-service's claims. If the "
                    + "claims-service does not answer, the answer is 200 with the events only and 'claims-service' "
                    + "named in 'degraded' (the list is then incomplete and must not be taken as all there is); if the "
                    + "timeline-service does not answer, 503 with Retry-After. Never cached: it changes as outlets "
                    + "correct their articles.")
    @APIResponse(responseCode = "200", description = "The review list, complete or degraded",
            headers = @Header(name = "Cache-Control", description = "no-store", schema = @Schema(type = SchemaType.STRING, enumeration = "no-store")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = io.newsroom.gateway.view.ReviewList.class)))
    @APIResponse(responseCode = "400", description = "A query parameter the operation does not take (unknown-parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Only when the newsroom's reads are private: no valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only when the newsroom's reads are private: the token's roles do not include reader",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The timeline-service does not know the story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The timeline-service did not answer in time; retry after the "
            + "seconds Retry-After gives",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> getStoryReview(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId) {
        return reviews.review(storyId).map(list -> Response.ok(list, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }
}
