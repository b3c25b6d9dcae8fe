package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.RelationInput;
import io.newsroom.timeline.api.RelationPage;
import io.newsroom.timeline.service.IdempotencyService;
import io.newsroom.timeline.service.RelationService;
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

@Path("/stories/{storyId}/relations")
@Tag(name = "Relations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationResource {

    private static final String RELATION_ID = "Id of the relation (UUID).";

    private final RelationService relations;
    private final IdempotencyService idempotency;
    private final RevisionService revisions;
    private final RestoreService restores;
    private final AsOfService asOfs;

    public RelationResource(RelationService relations, IdempotencyService idempotency, RevisionService revisions,
            RestoreService restores, AsOfService asOfs) {
        this.relations = relations;
        this.idempotency = idempotency;
        this.revisions = revisions;
        this.restores = restores;
        this.asOfs = asOfs;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createRelation", summary = "Relate two events of a story",
            description = "Both events must be in the story and differ (else 422); a PART_OF that would close a"
                    + " cycle is 422; the same (from, to, type) twice is 409.")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Relation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> createRelation(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Valid RelationInput input,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        RequestParams.body(input);
        return idempotency.create(idempotencyKey, "createRelation", uri.getRequestUri().getRawPath(), input,
                        () -> relations.create(storyId, input).map(r -> new IdempotencyService.Created(
                                uri.getAbsolutePathBuilder().path(r.body().id().toString()).build(), r.body(), r.etag())))
                .map(Responses::created);
    }

    @GET
    @Operation(operationId = "listRelations", summary = "List a story's relations", description = "In the order they were recorded.")
    @APIResponse(responseCode = "200", description = "A page of relations.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listRelations(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        Instant at = RequestParams.instant(asOf, "asOf");
        return (at == null ? relations.list(storyId, RequestParams.limit(limit), after)
                : asOfs.relations(storyId, RequestParams.limit(limit), after, at))
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/{relationId}")
    @Operation(operationId = "getRelation", summary = "Get a relation",
            description = "One relation between two events of the story (PART_OF, FOLLOWS, REVISES or CONTRADICTS), with when it was recorded. asOf reads it as it stood then.")
    @APIResponse(responseCode = "200", description = "The relation.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Relation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> getRelation(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = RELATION_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("relationId") String relationId,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        var id = RequestParams.uuid(relationId, "relationId");
        Instant at = RequestParams.instant(asOf, "asOf");
        return at == null ? relations.get(storyId, id).map(Responses::single) : asOfs.relation(storyId, id, at).map(Responses::asOf);
    }

    @DELETE
    @Path("/{relationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteRelation", summary = "Remove a relation",
            description = "Removes the relation; both events stay as they are. The delete is recorded as a revision, and the relation can be restored from it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteRelation(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = RELATION_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("relationId") String relationId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return relations.delete(storyId, RequestParams.uuid(relationId, "relationId"), ifMatch)
                .replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{relationId}/revisions")
    @Tag(name = ApiDocs.REVISIONS_TAG)
    @Operation(operationId = "listRelationRevisions", summary = "A relation's revisions", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listRelationRevisions(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = RELATION_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("relationId") String relationId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        var id = RequestParams.uuid(relationId, "relationId");
        return revisions.page(ResourceType.RELATION, id.toString(), RevisionReads.Owner.story(storyId),
                        "the relation " + id + " of the story '" + storyId + "'", RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @POST
    @Path("/{relationId}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "restoreRelation", summary = "Restore a deleted relation",
            description = "Its story and both its events must stand; the same relation recorded again since is 409, a PART_OF that"
                    + " would now close a cycle 422. "
                    + ApiDocs.RESTORE)
    @APIResponse(responseCode = "200", description = "Restored.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Relation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> restoreRelation(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = RELATION_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("relationId") String relationId) {
        return restores.relation(storyId, RequestParams.uuid(relationId, "relationId"))
                .map(Responses::single);
    }
}
