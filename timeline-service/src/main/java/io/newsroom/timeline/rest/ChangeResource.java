package io.newsroom.timeline.rest;

import io.newsroom.stylebook.ChangePage;
import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.timeline.service.ChangeFeedService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Tag(name = "Changes")
public class ChangeResource {

    private final ChangeFeedService changes;

    public ChangeResource(ChangeFeedService changes) {
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "The timeline's changes after a position",
            description = ApiDocs.CHANGES + " Poll with after=next: an empty page means nothing newer yet.")
    @APIResponse(responseCode = "200", description = "A page of changes, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "410", ref = "ChangesPruned")
    public Uni<ChangePage> listChanges(
            @Parameter(description = ApiDocs.CHANGES_AFTER, example = "1234",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CHANGE_ID_LENGTH, pattern = ApiDocs.CHANGE_ID)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.CHANGES_STORY, example = "harbour-bridge-closure",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @QueryParam("storyId") String storyId,
            @Parameter(description = ApiDocs.CHANGES_TYPES, example = "event.updated,article.retracted",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CHANGE_TYPES_LENGTH)) @QueryParam("types") String types,
            @Parameter(description = ApiDocs.CHANGES_LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limit) {
        return changes.page(after, storyId, types, limit);
    }

    @GET
    @Path("/stream")
    // The position is checked against the feed before the stream's head is written, which takes a database read.
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamChanges", summary = "The timeline's changes as Server-Sent Events",
            description = ApiDocs.CHANGES + " " + ApiDocs.CHANGES_STREAM)
    @APIResponse(responseCode = "200", description = ApiDocs.CHANGES_EVENTS,
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "410", ref = "ChangesPruned")
    public Multi<OutboundSseEvent> streamChanges(
            @Parameter(description = ApiDocs.CHANGES_AFTER, example = "1234",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CHANGE_ID_LENGTH, pattern = ApiDocs.CHANGE_ID)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.CHANGES_STORY, example = "harbour-bridge-closure",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @QueryParam("storyId") String storyId,
            @Parameter(description = ApiDocs.CHANGES_TYPES, example = "event.updated,article.retracted",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CHANGE_TYPES_LENGTH)) @QueryParam("types") String types,
            @Parameter(description = ApiDocs.LAST_EVENT_ID, example = "1234",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CHANGE_ID_LENGTH, pattern = ApiDocs.CHANGE_ID)) @HeaderParam(ChangeQuery.LAST_EVENT_ID) String lastEventId,
            @Context Sse sse) {
        return changes.stream(after, storyId, types, lastEventId, sse);
    }
}
