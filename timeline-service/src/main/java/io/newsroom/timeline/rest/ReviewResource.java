package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.ReviewPage;
import io.newsroom.timeline.service.EventService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stories/{storyId}/review")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final EventService events;

    public ReviewResource(EventService events) {
        this.events = events;
    }

    @GET
    @Operation(operationId = "listStoryReview", summary = "A story's events whose evidence changed",
            description = "Every event of the story that cites (by normalised URL) an article of the story that is now"
                    + " CORRECTED or RETRACTED, with one reason per such article: article-corrected or article-retracted,"
                    + " its URL, the note and when the outlet changed it. In timeline order, paged with the cursor. An"
                    + " event leaves the list when the citation is fixed (replaceEvent) or the article returns to"
                    + " PUBLISHED; the story view of the gateway merges this list with claims-service's.")
    @APIResponse(responseCode = "200", description = "A page of events to check again.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listStoryReview(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return events.review(storyId, RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }
}
