package io.newsroom.timeline.rest;

import io.newsroom.stylebook.Edtf;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.EventInput;
import io.newsroom.timeline.api.EventPage;
import io.newsroom.timeline.domain.EventKind;
import io.newsroom.timeline.domain.EventStatus;
import io.newsroom.timeline.service.EventService;
import io.newsroom.timeline.service.IdempotencyService;
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
import jakarta.validation.constraints.Size;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stories/{storyId}/events")
@Tag(name = "Timeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    private static final String EVENT_ID = "Id of the event (UUID).";

    private final EventService events;
    private final IdempotencyService idempotency;
    private final RevisionService revisions;
    private final RestoreService restores;
    private final AsOfService asOfs;

    public EventResource(EventService events, IdempotencyService idempotency, RevisionService revisions,
            RestoreService restores, AsOfService asOfs) {
        this.events = events;
        this.idempotency = idempotency;
        this.revisions = revisions;
        this.restores = restores;
        this.asOfs = asOfs;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createEvent", summary = "Add an event to a story",
            description = "Give the date as EDTF ('when') or as a relative phrase with its anchor ('relativeWhen'),"
                    + " not both. The event is recorded with 'status' (default SCHEDULED) as the first entry of its"
                    + " history.")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Event.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> createEvent(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Valid EventInput input,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        RequestParams.body(input);
        return idempotency.create(idempotencyKey, "createEvent", uri.getRequestUri().getRawPath(), input,
                        () -> events.create(storyId, input).map(event -> new IdempotencyService.Created(
                                uri.getAbsolutePathBuilder().path(event.body().id().toString()).build(), event.body(), event.etag())))
                .map(Responses::created);
    }

    @GET
    @Operation(operationId = "listEvents", summary = "The timeline of a story",
            description = "Events in timeline order: earliest instant, then latest instant, then manual position"
                    + " (events without one last), then id. The order is total, so a YEAR, a WEEK and a DAY event"
                    + " inside that week always come out the same way, across pages too. Filters combine with AND;"
                    + " repeat 'status' or 'kind' for any of several values. With 'asOf' the timeline is the one"
                    + " recorded by that instant, read from the revisions: the events that stood then (deleted ones"
                    + " included, later ones not) with the titles, dates and statuses of then, and the filters apply to"
                    + " those.")
    @APIResponse(responseCode = "200", description = "A page of the timeline.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listEvents(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Only events whose span reaches this date or later: an instant"
                    + " (2025-11-20T00:00:00Z) or an EDTF date (2025-11, its earliest instant counts).", example = "2025-11")
            @QueryParam("from") @Size(max = ApiDocs.DATE_LENGTH) String from,
            @Parameter(description = "Only events that start by this date: an instant or an EDTF date (its latest"
                    + " instant counts).", example = "2025-11")
            @QueryParam("to") @Size(max = ApiDocs.DATE_LENGTH) String to,
            @Parameter(description = "Only events with this status (repeatable).",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EventStatus.class))
            @QueryParam("status") @Size(max = EventStatus.COUNT) List<String> status,
            @Parameter(description = "Only events of this kind (repeatable).",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EventKind.class))
            @QueryParam("kind") @Size(max = EventKind.COUNT) List<String> kind,
            @Parameter(description = "Only events with this participant: a name (any case) or a Wikidata id.", example = "Q7747")
            @QueryParam("participant") @Size(max = 200) String participant,
            @Parameter(description = "Full-text search over title and description (web search syntax: words,"
                    + " \"quoted phrases\", -excluded, OR).", example = "peace plan")
            @QueryParam("q") @Size(max = 500) String q,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        Edtf fromDate = RequestParams.dateBound(from, "from");
        Edtf toDate = RequestParams.dateBound(to, "to");
        var filter = new EventService.TimelineFilter(
                fromDate == null ? null : fromDate.earliest(),
                toDate == null ? null : toDate.latest(),
                RequestParams.enums(status, EventStatus.class, "status"),
                RequestParams.enums(kind, EventKind.class, "kind"),
                RequestParams.optional(participant),
                RequestParams.optional(q),
                RequestParams.instant(asOf, "asOf"));
        return events.timeline(storyId, filter, RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/{eventId}")
    @Operation(operationId = "getEvent", summary = "Get an event of a story",
            description = "One event with its honest date (EDTF, precision, earliest and latest instants), status, participants, location and citations. Its ETag goes back in If-Match when you replace it; asOf reads it as it stood then, including an event deleted since.")
    @APIResponse(responseCode = "200", description = "The event.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Event.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> getEvent(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        var id = RequestParams.uuid(eventId, "eventId");
        Instant at = RequestParams.instant(asOf, "asOf");
        return at == null ? events.get(storyId, id).map(Responses::single) : asOfs.event(storyId, id, at).map(Responses::asOf);
    }

    @PUT
    @Path("/{eventId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceEvent", summary = "Replace an event's editable fields",
            description = "Everything but the status, which changes through transitions: a body with 'status' is"
                    + " 422 naming it. A 'relativeWhen' is resolved again, so a corrected anchor moves the date.")
    @APIResponse(responseCode = "200", description = "The event as stored now.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Event.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> replaceEvent(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid EventInput input) {
        RequestParams.body(input);
        return events.replace(storyId, RequestParams.uuid(eventId, "eventId"), ifMatch, input)
                .map(Responses::single);
    }

    @DELETE
    @Path("/{eventId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteEvent", summary = "Delete an event",
            description = "Also deletes its history and its relations.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteEvent(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return events.delete(storyId, RequestParams.uuid(eventId, "eventId"), ifMatch)
                .replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{eventId}/revisions")
    @Tag(name = ApiDocs.REVISIONS_TAG)
    @Operation(operationId = "listEventRevisions", summary = "An event's revisions", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listEventRevisions(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        var id = RequestParams.uuid(eventId, "eventId");
        return revisions.page(ResourceType.EVENT, id.toString(), RevisionReads.Owner.story(storyId),
                        "the event " + id + " of the story '" + storyId + "'", RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @POST
    @Path("/{eventId}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "restoreEvent", summary = "Restore a deleted event",
            description = "Its story must stand. Its status history and the relations deleted with it come back (a relation only when"
                    + " its other event stands). "
                    + ApiDocs.RESTORE)
    @APIResponse(responseCode = "200", description = "Restored.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Event.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> restoreEvent(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId) {
        return restores.event(storyId, RequestParams.uuid(eventId, "eventId"))
                .map(Responses::single);
    }
}
