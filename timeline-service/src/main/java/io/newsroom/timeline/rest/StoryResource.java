package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.Story;
import io.newsroom.timeline.api.StoryInput;
import io.newsroom.timeline.api.StoryPage;
import io.newsroom.timeline.api.StoryWindow;
import io.newsroom.timeline.service.IdempotencyService;
import io.newsroom.timeline.service.StoryService;
import io.newsroom.timeline.service.StoryWindowService;
import io.newsroom.timeline.api.RevisionPage;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.repository.RevisionReads;
import io.newsroom.timeline.service.RevisionService;
import io.newsroom.timeline.service.AsOfService;
import io.newsroom.timeline.service.RestoreService;
import io.smallrye.mutiny.Uni;
import io.newsroom.stylebook.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stories")
@Tag(name = "Stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final StoryService stories;
    private final IdempotencyService idempotency;
    private final StoryWindowService windows;
    private final RevisionService revisions;
    private final RestoreService restores;
    private final AsOfService asOfs;

    public StoryResource(StoryService stories, IdempotencyService idempotency, StoryWindowService windows,
            RevisionService revisions, RestoreService restores, AsOfService asOfs) {
        this.stories = stories;
        this.idempotency = idempotency;
        this.windows = windows;
        this.revisions = revisions;
        this.restores = restores;
        this.asOfs = asOfs;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createStory", summary = "Create a story",
            description = "The client chooses the slug id; a taken slug is 409.")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> createStory(@Valid StoryInput input,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        RequestParams.body(input);
        return idempotency.create(idempotencyKey, "createStory", uri.getRequestUri().getRawPath(), input,
                        () -> stories.create(input).map(story -> new IdempotencyService.Created(
                                uri.getAbsolutePathBuilder().path(story.body().id()).build(), story.body(), story.etag())))
                .map(Responses::created);
    }

    @GET
    @Operation(operationId = "listStories", summary = "List stories", description = "In id order.")
    @APIResponse(responseCode = "200", description = "A page of stories.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listStories(
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        Instant at = RequestParams.instant(asOf, "asOf");
        return (at == null ? stories.list(RequestParams.limit(limit), after) : asOfs.stories(RequestParams.limit(limit), after, at))
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/{storyId}")
    @Operation(operationId = "getStory", summary = "Get a story",
            description = "One story's header: title, summary, tags and when it was created and last changed. The timeline, coverage and counts are read from their own operations; asOf reads the story as it stood then.")
    @APIResponse(responseCode = "200", description = "The story.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> getStory(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        Instant at = RequestParams.instant(asOf, "asOf");
        return at == null ? stories.get(storyId).map(Responses::single) : asOfs.story(storyId, at).map(Responses::asOf);
    }

    @GET
    @Path("/{storyId}/window")
    @Operation(operationId = "getStoryWindow", summary = "A window of a story: what a story view shows at once",
            description = "The story, its coverage summary, one page of its timeline (as the timeline list serves"
                    + " it, 'limit' and 'after' alike), the counts of its events, articles, outlets and relations, and"
                    + " the relations whose both events are on the page. Page on with 'nextCursor'; the whole story"
                    + " is the bundle export.")
    @APIResponse(responseCode = "200", description = "The window.",
            headers = {@Header(name = "ETag", description = ApiDocs.CHANGES_ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryWindow.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> getStoryWindow(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        return windows.window(storyId, RequestParams.limit(limit), after, RequestParams.instant(asOf, "asOf"), ifNoneMatch)
                .map(tagged -> Responses.window(tagged, uri));
    }

    @PUT
    @Path("/{storyId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceStory", summary = "Replace a story's title, summary and tags",
            description = "Replaces the story's title, summary and tags with the body's; its slug never changes. Send the ETag you read in If-Match (412 when it changed since); the story's revisions record the change.")
    @APIResponse(responseCode = "200", description = "The story as stored now.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> replaceStory(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid StoryInput input) {
        RequestParams.body(input);
        return stories.replace(storyId, ifMatch, input).map(Responses::single);
    }

    @DELETE
    @Path("/{storyId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteStory", summary = "Delete a story",
            description = "Also deletes its articles, events, transitions and relations.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteStory(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return stories.delete(storyId, ifMatch).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{storyId}/revisions")
    @Tag(name = ApiDocs.REVISIONS_TAG)
    @Operation(operationId = "listStoryRevisions", summary = "A story's revisions", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listStoryRevisions(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return revisions.page(ResourceType.STORY, storyId, RevisionReads.Owner.story(storyId), "the story '" + storyId + "'",
                        RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @POST
    @Path("/{storyId}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "restoreStory", summary = "Restore a deleted story",
            description = "Its articles, events, transitions and relations that were deleted with it come back with it. "
                    + ApiDocs.RESTORE)
    @APIResponse(responseCode = "200", description = "Restored.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> restoreStory(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId) {
        return restores.story(storyId)
                .map(Responses::single);
    }
}
