package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.Outlet;
import io.newsroom.timeline.api.OutletInput;
import io.newsroom.timeline.api.OutletPage;
import io.newsroom.timeline.service.IdempotencyService;
import io.newsroom.timeline.service.OutletService;
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
import jakarta.validation.constraints.Size;
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

@Path("/outlets")
@Tag(name = "Outlets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutletResource {

    private static final String OUTLET_ID = "Id of the outlet (UUID).";

    private final OutletService outlets;
    private final IdempotencyService idempotency;
    private final RevisionService revisions;
    private final RestoreService restores;
    private final AsOfService asOfs;

    public OutletResource(OutletService outlets, IdempotencyService idempotency, RevisionService revisions,
            RestoreService restores, AsOfService asOfs) {
        this.outlets = outlets;
        this.idempotency = idempotency;
        this.revisions = revisions;
        this.restores = restores;
        this.asOfs = asOfs;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createOutlet", summary = "Register an outlet",
            description = "The domain is stored lower-case without 'www.'; a registered domain is 409.")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outlet.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> createOutlet(@Valid OutletInput input,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        RequestParams.body(input);
        return idempotency.create(idempotencyKey, "createOutlet", uri.getRequestUri().getRawPath(), input,
                        () -> outlets.create(input).map(outlet -> new IdempotencyService.Created(
                                uri.getAbsolutePathBuilder().path(outlet.body().id().toString()).build(), outlet.body(), outlet.etag())))
                .map(Responses::created);
    }

    @GET
    @Operation(operationId = "listOutlets", summary = "List outlets, or find the outlet of a domain",
            description = "In domain order. With 'domain', the page holds the outlet that domain belongs to (also"
                    + " without 'www.' and for hosts below a registered domain), or nothing.")
    @APIResponse(responseCode = "200", description = "A page of outlets.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listOutlets(
            @Parameter(description = "A domain or host to look up, e.g. www.apnews.com.") @QueryParam("domain") @Size(max = 253) String domain,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        Instant at = RequestParams.instant(asOf, "asOf");
        return (at == null ? outlets.list(RequestParams.optional(domain), RequestParams.limit(limit), after)
                : asOfs.outlets(RequestParams.optional(domain), RequestParams.limit(limit), after, at))
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/{outletId}")
    @Operation(operationId = "getOutlet", summary = "Get an outlet",
            description = "One outlet with its bias rating (who rated it, and when) and its factuality. Its ETag goes back in If-Match when you replace it; asOf reads it as it stood then, from its revisions.")
    @APIResponse(responseCode = "200", description = "The outlet.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outlet.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> getOutlet(@Parameter(description = OUTLET_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("outletId") String outletId,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        var id = RequestParams.uuid(outletId, "outletId");
        Instant at = RequestParams.instant(asOf, "asOf");
        return at == null ? outlets.get(id).map(Responses::single) : asOfs.outlet(id, at).map(Responses::asOf);
    }

    @PUT
    @Path("/{outletId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceOutlet", summary = "Replace an outlet's name, domain and ratings",
            description = "Replaces the outlet's name, domain and ratings with the body's. Send the ETag you read in If-Match, so an edit made since is never overwritten (412), and the outlet's revisions record what changed and who changed it.")
    @APIResponse(responseCode = "200", description = "The outlet as stored now.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outlet.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> replaceOutlet(@Parameter(description = OUTLET_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("outletId") String outletId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid OutletInput input) {
        RequestParams.body(input);
        return outlets.replace(RequestParams.uuid(outletId, "outletId"), ifMatch, input)
                .map(Responses::single);
    }

    @GET
    @Path("/{outletId}/revisions")
    @Tag(name = ApiDocs.REVISIONS_TAG)
    @Operation(operationId = "listOutletRevisions", summary = "An outlet's revisions", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listOutletRevisions(@Parameter(description = OUTLET_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("outletId") String outletId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        var id = RequestParams.uuid(outletId, "outletId");
        return revisions.page(ResourceType.OUTLET, id.toString(), RevisionReads.Owner.NONE, "the outlet " + id,
                        RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @DELETE
    @Path("/{outletId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteOutlet", summary = "Delete an outlet",
            description = "Only an outlet that no article cites; one that is cited is 409 naming an article. An admin may restore it within the restore retention.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteOutlet(@Parameter(description = OUTLET_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("outletId") String outletId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return outlets.delete(RequestParams.uuid(outletId, "outletId"), ifMatch)
                .replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{outletId}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "restoreOutlet", summary = "Restore a deleted outlet",
            description = "A domain registered again since is 409. "
                    + ApiDocs.RESTORE)
    @APIResponse(responseCode = "200", description = "Restored.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outlet.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> restoreOutlet(@Parameter(description = OUTLET_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("outletId") String outletId) {
        return restores.outlet(RequestParams.uuid(outletId, "outletId"))
                .map(Responses::single);
    }
}
