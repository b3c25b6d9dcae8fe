package io.newsroom.gateway.rest;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
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

import io.newsroom.gateway.service.StoryViewService;
import io.newsroom.gateway.view.StoryView;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Pages;
import io.smallrye.mutiny.Uni;

@Path("/api/stories/{storyId}")
@Tag(name = "Story views", description = "Stories composed from the timeline and the claims")
public class StoryViewResource {

    private final StoryViewService views;

    public StoryViewResource(StoryViewService views) {
        this.views = views;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStoryView", summary = "Get a window on a story as a desk sees it",
            description = "The story header, the coverage summary, one page of the timeline in order with the claims "
                    + "made at each event (claimant, status, stances and verdict), the top of the disputes board, the "
                    + "actors these name and the counts of the whole story. Page on with 'nextCursor' as 'after' (the "
                    + "Link header rel=next carries the whole URL); the whole story at once is the bundle export. If the "
                    + "claims-service does not answer in time the view still answers 200 with the timeline, naming "
                    + "'claims-service' in 'degraded', or with the claims of a view served within the last minute, "
                    + "naming it in 'stale'; a timeline that does not answer is served from such a recent view too, or "
                    + "else the answer is 503. A complete, fresh view carries an ETag: send it back in If-None-Match to "
                    + "get 304 when nothing changed. A degraded or stale view carries no ETag and must not be cached. "
                    + "With 'asOf' the view is the story as it stood then, named in 'asOf'; such a view is never made "
                    + "of parts kept from a recent view, so a service that does not answer leaves its part out or, "
                    + "for the timeline, makes it 503.")
    @APIResponse(responseCode = "200", description = "The story view, complete, degraded or stale",
            headers = {
                    @Header(name = "ETag", description = "Strong validator of a complete, fresh view",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "<url>; rel=\"next\" when another page of the timeline follows",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryView.class)))
    @APIResponse(responseCode = "304", description = "The view has not changed since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "A query parameter the operation does not take (unknown-parameter), "
            + "or an 'asOf' that is not a UTC instant (bad-request)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Only when the newsroom's reads are private: no valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only when the newsroom's reads are private: the token's roles do not include reader",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The timeline-service does not know the story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "'limit' outside 1 to 200, 'after' not a cursor of this story's "
            + "timeline, or an 'asOf' a service cannot show the story as of (the problem names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The timeline-service did not answer in time and no recent view of "
            + "the page is kept",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> getStoryView(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Events per page, 1 to 200 (default 50)", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page, unchanged", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = AsOf.DESCRIPTION, example = AsOf.EXAMPLE, schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) @QueryParam(AsOf.PARAMETER) String asOf,
            @Parameter(description = "ETag of a view already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context UriInfo uri) {
        int pageSize = Pages.limit(limit);
        return views.written(storyId, pageSize, after, AsOf.parse(asOf)).map(written -> {
            StoryView view = written.view();
            Response.ResponseBuilder answer = Response.ok(written.json(), MediaType.APPLICATION_JSON_TYPE);
            if (written.etag() == null) {
                answer.header(HttpHeaders.CACHE_CONTROL, "no-store");
            } else {
                EntityTag etag = new EntityTag(written.etag());
                // If-None-Match compares weakly (RFC 9110 13.1.2), so a W/ prefix added by a proxy still matches.
                if (EntityTags.noneMatchFails(ifNoneMatch, '"' + etag.getValue() + '"')) {
                    return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
                }
                answer.tag(etag).header(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
            if (view.nextCursor() != null) {
                answer.links(Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("after", view.nextCursor()).build())
                        .rel("next").build());
            }
            return answer.build();
        });
    }
}
