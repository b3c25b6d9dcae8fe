package io.newsroom.gateway.rest;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsroom.gateway.config.ChangeFeedConfig;
import io.newsroom.gateway.domain.ChangeType;
import io.newsroom.gateway.service.ChangeTypes;
import io.newsroom.gateway.service.FeedPositions;
import io.newsroom.gateway.service.StoryChangesService;
import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A story's changes from both services in one feed, so a live blog follows one URL: as pages, and as a stream of
 * Server-Sent Events. Read like the story view (public unless the newsroom's reads are private); the caller's token
 * goes on to the services.
 */
@Path("/api/stories/{storyId}/changes")
@Tag(name = "Story changes", description = "What changed in a story, from both services, as pages or as a live stream")
public class StoryChangesResource {

    /** The services' feeds page up to 1,000 changes, 100 by default; the merged feed asks each for as many. */
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final String TYPES = "Exact change types, comma-separated (event.updated,article.retracted); all types without";

    private final StoryChangesService changes;
    private final ObjectMapper json;
    private final ChangeFeedConfig config;

    public StoryChangesResource(StoryChangesService changes, ObjectMapper json, ChangeFeedConfig config) {
        this.changes = changes;
        this.json = json;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listStoryChanges", summary = "List a story's changes from both services, oldest first",
            description = "Every revision the timeline-service and the claims-service recorded for the story (events, "
                    + "articles, transitions, relations, the story itself; claims, appearances, stances, verdicts, claim "
                    + "relations), after the cursor, merged in the order they were recorded. Ask again with 'next' as "
                    + "'after' to follow the story: the cursor names a position in each service's feed, so nothing is "
                    + "seen twice or skipped. A story no service has changes of has an empty feed (a deleted story's "
                    + "feed ends with its story.deleted). When either service does not answer there is no page (503): "
                    + "a page of one service's changes alone would move the cursor past the other's.")
    @APIResponse(responseCode = "200", description = "One page of the story's changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = io.newsroom.gateway.view.StoryChanges.class)))
    @APIResponse(responseCode = "400", description = "'after' is not a cursor of this feed, 'types' names a type no feed "
            + "has, or a query parameter the operation does not take (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Only when the newsroom's reads are private: no valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only when the newsroom's reads are private: the token's roles do not include reader",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "'limit' outside 1 to 1000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service did not give its changes in time; ask again with the same cursor",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<io.newsroom.gateway.view.StoryChanges> listStoryChanges(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "A change's cursor or the previous page's 'next'; the start of the feed without",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH))
            @QueryParam("after") String after,
            @Parameter(description = TYPES, example = "event.updated,article.retracted",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.TYPES_LENGTH)) @QueryParam("types") String types,
            @Parameter(description = "Changes per page, 1 to 1000 (default 100)", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") Integer limit) {
        FeedPositions from = FeedPositions.parse(after, "after");
        Set<ChangeType> asked = ChangeTypes.parse(types, "types");
        return changes.page(storyId, from, asked, limit(limit));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamStoryChanges", summary = "Follow a story's changes as Server-Sent Events",
            description = "The story's changes as they are recorded, in the feed's order, each as an event whose id is "
                    + "the change's cursor, whose name is its type and whose data is the Change as JSON. A client that "
                    + "reconnects sends the last id it got as Last-Event-ID (browsers' EventSource do) and the stream "
                    + "resumes right after it, missing nothing; without one it starts after 'after', or at the start of "
                    + "the feed. New changes arrive within about a second. While a service does not answer the stream "
                    + "stays open and sends nothing until both answer again, so its order is the feed's. A stream that "
                    + "has sent nothing for 15 seconds sends a comment line, so connections are not closed as idle.")
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream): id: <cursor>, event: <type>, data: <Change JSON>",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = io.newsroom.gateway.domain.Change.class)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID or 'after' is not a cursor of this feed, or 'types' "
            + "names a type no feed has (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Only when the newsroom's reads are private: no valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only when the newsroom's reads are private: the token's roles do not include reader",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> streamStoryChanges(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Where to start when no Last-Event-ID is sent: a change's cursor", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = TYPES, example = "event.updated,article.retracted",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.TYPES_LENGTH)) @QueryParam("types") String types,
            @Parameter(description = "The id of the last event received; wins over 'after'", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        // Checked before the stream opens, so a bad cursor is a problem answer, not a stream that ends at once.
        FeedPositions from = lastEventId != null && !lastEventId.isBlank() ? FeedPositions.parse(lastEventId, "Last-Event-ID")
                : FeedPositions.parse(after, "after");
        Set<ChangeType> asked = ChangeTypes.parse(types, "types");
        AtomicLong lastSent = new AtomicLong(System.nanoTime());
        long keepAlive = config.keepAlive().toNanos();
        return changes.stream(storyId, from, asked, DEFAULT_LIMIT).concatMap(batch -> {
            long now = System.nanoTime();
            if (!batch.isEmpty()) {
                lastSent.set(now);
                return Multi.createFrom().iterable(batch).map(change -> sse.newEventBuilder().id(change.cursor())
                        .name(change.type()).data(written(change)).build());
            }
            if (now - lastSent.get() >= keepAlive) {
                lastSent.set(now);
                return Multi.createFrom().item(sse.newEventBuilder().comment("no change yet").build());
            }
            return Multi.createFrom().empty();
        });
    }

    private String written(Object change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change read from a feed could not be written back as JSON", e);
        }
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
