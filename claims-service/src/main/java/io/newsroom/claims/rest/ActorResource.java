package io.newsroom.claims.rest;

import io.newsroom.claims.api.Actor;
import io.newsroom.claims.api.ActorActivity;
import io.newsroom.claims.api.ActorInput;
import io.newsroom.claims.api.ActorPage;
import io.newsroom.claims.api.RevisionPage;
import io.newsroom.claims.api.ActorMerge;
import io.newsroom.claims.service.ActorMergeService;
import io.newsroom.claims.service.ActorService;
import io.newsroom.claims.service.Revisions;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/actors")
@Tag(name = "Actors", description = "People, organisations, governments, outlets and groups behind claims and stances")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private final ActorService actors;
    private final ActorMergeService merges;
    private final Revisions revisions;

    public ActorResource(ActorService actors, ActorMergeService merges, Revisions revisions) {
        this.actors = actors;
        this.merges = merges;
        this.revisions = revisions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createActor", summary = "Create an actor",
            description = "Records a person, organisation, government, outlet or group. A GROUP may name existing "
                    + "actors as members. Retrying with the same Idempotency-Key and body replays the first answer.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)), @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> createActor(
            @Parameter(description = "Makes a retried create safe: the same key and body return the first answer")
            @HeaderParam(Responses.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid ActorInput input, @Context UriInfo uri) {
        return actors.create(input, idempotencyKey, uri.getPath(), id -> uri.getAbsolutePathBuilder().path(id.toString()).build())
                .map(Responses::written);
    }

    @GET
    @Operation(operationId = "listActors", summary = "List or look up actors",
            description = "Actors in name order. With 'name', only those whose full name, a word of the name, or an "
                    + "alias equals it, ignoring case and accents: 'zelensky' finds an actor with the alias "
                    + "'Zelensky', 'kyiv' matches 'Kyïv'.")
    @APIResponse(responseCode = "200", description = "A page of actors",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listActors(
            @Parameter(description = "Name, word of a name, or alias to match (case and accents ignored; at most 200"
                    + " characters once folded)", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("name") String name,
            @Parameter(description = "Only the actor with this Wikidata item id (there is at most one)", example = "Q7747")
            @QueryParam("wikidataId") @Size(max = 13) String wikidataId,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.AS_OF + "; names, aliases and Wikidata ids of then are matched, "
                    + "and the order and cursor are those of then",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        return actors.page(name, blankToNull(wikidataId), after, limit, Responses.instant("asOf", asOf))
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/{actorId}")
    @Operation(operationId = "getActor", summary = "Get an actor",
            description = "One actor (a person, organisation, government, outlet or group) with its names, aliases, Wikidata id and members. Its ETag goes back in If-Match when you replace it; an actor merged into another answers 308 with the kept one's URL; asOf reads it as it stood then.")
    @APIResponse(responseCode = "200", description = "The actor", headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    @APIResponse(responseCode = "308", description = "The actor was merged into another: Location is the kept one",
            headers = @Header(name = "Location", description = "URL of the actor it was merged into",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> getActor(@PathParam("actorId") UUID actorId,
                                  @Parameter(description = ApiDocs.AS_OF + " (no ETag then)",
                                          schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                  @QueryParam("asOf") String asOf,
                                  @Context UriInfo uri) {
        Instant at = Responses.instant("asOf", asOf);
        return actors.get(actorId, at).chain(found -> found == null ? moved(actorId, uri, "")
                : Uni.createFrom().item(at == null ? Responses.versioned(found) : Response.ok(found.body()).build()));
    }

    /** An id merged into another answers with where it went; any other unknown id is 404. */
    private Uni<Response> moved(UUID actorId, UriInfo uri, String subPath) {
        return actors.mergedInto(actorId).map(kept -> {
            if (kept == null) {
                throw ProblemException.notFound("No actor " + actorId);
            }
            // The question stays the same (asOf, limit): only the actor it is about moved.
            return Response.status(Response.Status.PERMANENT_REDIRECT)
                    .location(uri.getBaseUriBuilder().path("actors").path(kept.toString()).path(subPath)
                            .replaceQuery(uri.getRequestUri().getRawQuery()).build())
                    .build();
        });
    }

    @PUT
    @Path("/{actorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceActor", summary = "Replace an actor's editable fields",
            description = "Full replacement. Send the ETag you read in If-Match (or *), so no one else's change is "
                    + "overwritten unseen: without it the answer is 428, with a stale one 412.")
    @APIResponse(responseCode = "200", description = "The actor as now stored",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> replaceActor(@PathParam("actorId") UUID actorId,
                                      @Parameter(required = true, description = ApiDocs.IF_MATCH)
                                      @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                      @NotNull @Valid ActorInput input) {
        return actors.update(actorId, input, ifMatch).map(Responses::versioned);
    }

    @GET
    @Path("/{actorId}/activity")
    @Operation(operationId = "getActorActivity", summary = "Who claimed what: an actor's claims and stances",
            description = "The actor's own claims (newest recorded first, with their current status) and the stances "
                    + "it took on others' claims (current and superseded, newest recorded first). Each list holds at "
                    + "most 'limit' entries; it is a bounded overview, not a paged list.")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActorActivity.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "308", description = "The actor was merged into another: Location is the kept one's activity",
            headers = @Header(name = "Location", description = "URL of the activity of the actor it was merged into",
                    schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> getActorActivity(@PathParam("actorId") UUID actorId,
                                          @Parameter(description = "Entries per list, 1 to 200",
                                                  schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
                                          @QueryParam("limit") Integer limit,
                                          @Parameter(description = ApiDocs.AS_OF,
                                                  schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                          @QueryParam("asOf") String asOf,
                                          @Context UriInfo uri) {
        return actors.activity(actorId, limit, Responses.instant("asOf", asOf)).chain(activity -> activity != null
                ? Uni.createFrom().item(Response.ok(activity).build()) : moved(actorId, uri, "activity"));
    }

    @POST
    @Path("/{actorId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "mergeActor", summary = "Fold a duplicate actor into another",
            description = "The claims actor {actorId} made and the stances it took move to the actor named in 'into'; "
                    + "its name and aliases become aliases of that actor, which also takes its Wikidata id if it has "
                    + "none; groups list the kept actor instead. Where both held a current stance on one claim, the "
                    + "kept actor's stays current and the other is superseded. Refused with 422 self-stance when a "
                    + "stance would become the claimant's own (settle it first). Afterwards GET of {actorId} answers "
                    + "308 with the kept actor's URL; every change is a revision, the merged actor's a DELETED one.")
    @APIResponse(responseCode = "200", description = "The kept actor as it is now",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> mergeActor(@PathParam("actorId") UUID actorId, @NotNull @Valid ActorMerge merge) {
        return merges.merge(actorId, merge.into()).map(Responses::versioned);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @DELETE
    @Path("/{actorId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteActor", summary = "Delete an unused actor",
            description = "Only an actor no claim, stance or group names can be deleted (409 says what names it; "
                    + "fold a duplicate into another actor with mergeActor instead). The deletion is a revision, and "
                    + "an admin may restore the actor within the restore retention. Send the ETag you read in "
                    + "If-Match (or *): without it the answer is 428, with a stale one 412.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteActor(@PathParam("actorId") UUID actorId,
                                     @Parameter(required = true, description = ApiDocs.IF_MATCH)
                                     @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        return actors.delete(actorId, ifMatch).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{actorId}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "restoreActor", summary = "Restore a deleted actor",
            description = "Brings the actor back as it was when deleted, within the restore retention (30 days "
                    + "unless configured otherwise; later is 404). Its ETag carries on above the one it had, so a "
                    + "version read before the deletion no longer matches.")
    @APIResponse(responseCode = "200", description = "The actor as restored",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Actor.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> restoreActor(@PathParam("actorId") UUID actorId) {
        return actors.restore(actorId).map(Responses::versioned);
    }

    @GET
    @Path("/{actorId}/revisions")
    @Tag(name = "Revisions", description = "Who changed what and when")
    @Operation(operationId = "listActorRevisions", summary = "The revisions of an actor", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listActorRevisions(@PathParam("actorId") UUID actorId,
                                            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
                                            @QueryParam("limit") Integer limit,
                                            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
                                            @Context UriInfo uri) {
        return revisions.page(Revisions.Scope.actor(actorId), after, limit)
                .map(page -> Responses.revisions(page, "actor " + actorId, uri));
    }
}
