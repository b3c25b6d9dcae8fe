package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.Transition;
import io.newsroom.timeline.api.TransitionInput;
import io.newsroom.timeline.api.TransitionPage;
import io.newsroom.timeline.service.EventService;
import io.newsroom.timeline.service.IdempotencyService;
import io.newsroom.timeline.api.RevisionPage;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.repository.RevisionReads;
import io.newsroom.timeline.service.AsOfService;
import io.newsroom.timeline.service.RevisionService;
import io.smallrye.mutiny.Uni;
import io.newsroom.stylebook.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/stories/{storyId}/events/{eventId}")
@Tag(name = "Status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransitionResource {

    private static final String EVENT_ID = "Id of the event (UUID).";

    private final EventService events;
    private final IdempotencyService idempotency;
    private final RevisionService revisions;
    private final AsOfService asOfs;

    public TransitionResource(EventService events, IdempotencyService idempotency, RevisionService revisions, AsOfService asOfs) {
        this.events = events;
        this.idempotency = idempotency;
        this.revisions = revisions;
        this.asOfs = asOfs;
    }

    @POST
    @Path("/transitions")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createTransition", summary = "Change an event's status",
            description = "Allowed: SCHEDULED -> OCCURRED | POSTPONED | RESCHEDULED | CANCELLED;"
                    + " POSTPONED -> RESCHEDULED | CANCELLED | OCCURRED;"
                    + " RESCHEDULED -> OCCURRED | POSTPONED | RESCHEDULED | CANCELLED;"
                    + " OCCURRED and CANCELLED are final. Anything else is 422 with the reason. RESCHEDULED needs"
                    + " 'newWhen'; the event takes the new date and the transition keeps the previous one. An event"
                    + " whose earliest instant is still in the future cannot become OCCURRED (422 transition-refused)."
                    + " Each change cites its report ('citation'), or says 'unsourced': true (else 422 naming"
                    + " citation); 'at' defaults to the citation's publishedAt. The event's revisions record the"
                    + " change too.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Transition.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> createTransition(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Valid TransitionInput input,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        RequestParams.body(input);
        var id = RequestParams.uuid(eventId, "eventId");
        return idempotency.create(idempotencyKey, "createTransition", uri.getRequestUri().getRawPath(), input,
                        () -> events.transition(storyId, id, input).map(t -> new IdempotencyService.Created(
                                uri.getAbsolutePathBuilder().path(t.id().toString()).build(), t, null)))
                .map(Responses::created);
    }

    @GET
    @Path("/transitions/{transitionId}")
    @Operation(operationId = "getTransition", summary = "Get one status change of an event",
            description = "One recorded change of an event's status (SCHEDULED, OCCURRED, POSTPONED, RESCHEDULED, CANCELLED): from and to, when it took effect, and the report it cites. asOf reads it as it stood then.")
    @APIResponse(responseCode = "200", description = "The transition.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Transition.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Transition> getTransition(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Parameter(description = "Id of the transition (UUID).", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("transitionId") String transitionId,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        var event = RequestParams.uuid(eventId, "eventId");
        var id = RequestParams.uuid(transitionId, "transitionId");
        Instant at = RequestParams.instant(asOf, "asOf");
        return at == null ? events.getTransition(storyId, event, id) : asOfs.transition(storyId, event, id, at);
    }

    @GET
    @Path("/history")
    @Operation(operationId = "listHistory", summary = "An event's status history",
            description = "Oldest first; the first entry is the status the event was recorded with.")
    @APIResponse(responseCode = "200", description = "A page of transitions.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransitionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listHistory(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        var event = RequestParams.uuid(eventId, "eventId");
        Instant at = RequestParams.instant(asOf, "asOf");
        return (at == null ? events.history(storyId, event, RequestParams.limit(limit), after)
                : asOfs.history(storyId, event, RequestParams.limit(limit), after, at))
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/transitions/{transitionId}/revisions")
    @Tag(name = ApiDocs.REVISIONS_TAG)
    @Operation(operationId = "listTransitionRevisions", summary = "A transition's revisions", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listTransitionRevisions(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = EVENT_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("eventId") String eventId,
            @Parameter(description = "Id of the transition (UUID).", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("transitionId") String transitionId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        var event = RequestParams.uuid(eventId, "eventId");
        var id = RequestParams.uuid(transitionId, "transitionId");
        return revisions.page(ResourceType.TRANSITION, id.toString(), new RevisionReads.Owner(storyId, event.toString()),
                        "the transition " + id + " of the event " + event, RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }
}
