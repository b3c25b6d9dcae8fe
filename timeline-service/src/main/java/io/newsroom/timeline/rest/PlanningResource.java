package io.newsroom.timeline.rest;

import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.EventPage;
import io.newsroom.timeline.service.EventService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The desk's reads across stories: what is expected, and what was expected and is not confirmed. */
@Path("/")
@Tag(name = "Planning")
@Produces(MediaType.APPLICATION_JSON)
public class PlanningResource {

    /** A diary is for planning ahead: a longer window is a scan, not a page of a plan. */
    static final Duration LONGEST_DIARY = Duration.ofDays(366);

    private final EventService events;

    public PlanningResource(EventService events) {
        this.events = events;
    }

    @GET
    @Path("/events")
    @Operation(operationId = "listOverdueEvents", summary = "Events across stories that are overdue",
            description = "Every event, of any story, that is still SCHEDULED, POSTPONED or RESCHEDULED although its"
                    + " latest instant (its end's, when it has one) has passed, decided against the service's clock when"
                    + " read: did it happen? Record what became of each with createTransition. In timeline order"
                    + " (earliest, latest, position, id) across stories, paged with the cursor like the timeline."
                    + " 'overdue=true' is required: the timeline of one story is listEvents.")
    @APIResponse(responseCode = "200", description = "A page of overdue events, each with overdue: true.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listOverdueEvents(
            @Parameter(description = "Must be true.", required = true,
                    schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
            @QueryParam("overdue") String overdue,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        if (!"true".equals(overdue)) {
            throw ProblemException.badParameter("overdue", "events across stories are listed only with overdue=true;"
                    + " a story's timeline is GET /api/timeline/stories/{storyId}/events (listEvents)");
        }
        return events.overdue(RequestParams.limit(limit), after).map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/diary")
    @Operation(operationId = "listDiary", summary = "What is expected across stories in a window",
            description = "The forward-planning diary: every SCHEDULED, POSTPONED or RESCHEDULED event, of any story, whose"
                    + " time (from its earliest instant to its latest, or its end's latest) meets the window from 'from' to"
                    + " 'to', in timeline order (earliest, latest, position, id), paged with the cursor. Both bounds are"
                    + " required, 'from' may not come after 'to', and the window is at most 366 days; otherwise 400 naming"
                    + " the parameter. Events whose time has passed carry overdue: true.")
    @APIResponse(responseCode = "200", description = "A page of the diary.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listDiary(
            @Parameter(description = "Start of the window: an instant (2026-12-07T00:00:00Z) or an EDTF date (2026-12-07,"
                    + " 2026-W50; its earliest instant counts).", required = true, example = "2026-12-07")
            @QueryParam("from") @Size(max = ApiDocs.DATE_LENGTH) String from,
            @Parameter(description = "End of the window: an instant or an EDTF date (its latest instant counts, so"
                    + " from=2026-12-07&to=2026-12-13 is that whole week).", required = true, example = "2026-12-13")
            @QueryParam("to") @Size(max = ApiDocs.DATE_LENGTH) String to,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        Instant start = required(RequestParams.dateBound(from, "from"), "from").earliest();
        Instant end = required(RequestParams.dateBound(to, "to"), "to").latest();
        if (start.isAfter(end)) {
            throw ProblemException.badParameter("to", "the window ends (" + end + ") before it starts (" + start + ")");
        }
        if (Duration.between(start, end).compareTo(LONGEST_DIARY) > 0) {
            throw ProblemException.badParameter("to", "a diary window is at most " + LONGEST_DIARY.toDays()
                    + " days; this one runs from " + start + " to " + end);
        }
        return events.diary(start, end, RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    private static Edtf required(Edtf bound, String name) {
        if (bound == null) {
            throw ProblemException.badParameter(name, "the diary needs both 'from' and 'to', e.g."
                    + " from=2026-12-07&to=2026-12-13");
        }
        return bound;
    }
}
