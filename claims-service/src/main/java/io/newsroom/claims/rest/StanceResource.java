package io.newsroom.claims.rest;

import io.newsroom.claims.api.Stance;
import io.newsroom.claims.api.StanceChange;
import io.newsroom.claims.api.StanceInput;
import io.newsroom.claims.api.StancePage;
import io.newsroom.claims.api.Verdict;
import io.newsroom.claims.api.VerdictInput;
import io.newsroom.claims.api.RevisionPage;
import io.newsroom.claims.service.Revisions;
import io.newsroom.claims.service.StanceService;
import io.newsroom.claims.service.VerdictService;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stories/{storyId}/claims/{claimId}")
@Produces(MediaType.APPLICATION_JSON)
public class StanceResource {

    private final StanceService stances;
    private final VerdictService verdicts;
    private final Revisions revisions;

    public StanceResource(StanceService stances, VerdictService verdicts, Revisions revisions) {
        this.stances = stances;
        this.verdicts = verdicts;
        this.revisions = revisions;
    }

    @POST
    @Path("/stances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Stances", description = "Who supports or disputes a claim, on what evidence")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "takeStance", summary = "An actor takes a stance on the claim",
            description = "An actor holds at most one current stance per claim: a second one is a conflict (change it "
                    + "with replaceStance). The claimant, or a member of a claimant GROUP, cannot take a stance on "
                    + "its own claim (422).")
    @APIResponse(responseCode = "201", description = "Taken",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stance.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> takeStance(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                    @PathParam("claimId") UUID claimId,
                                    @Parameter(description = "Makes a retried create safe")
                                    @HeaderParam(Responses.IDEMPOTENCY_KEY) String idempotencyKey,
                                    @NotNull @Valid StanceInput input, @Context UriInfo uri) {
        return stances.take(Responses.storyId(storyId), claimId, input, idempotencyKey, uri.getPath(),
                actorId -> uri.getAbsolutePathBuilder().path(actorId.toString()).build()).map(Responses::written);
    }

    @GET
    @Path("/stances")
    @Tag(name = "Stances")
    @Operation(operationId = "listStances", summary = "List the stances on the claim",
            description = "The current stances, or with history=true every stance ever taken, superseded ones "
                    + "included, oldest recorded first. Returned whole (nextCursor is always null). With 'asOf', as "
                    + "they stood then: the stances current then, or with history=true every one recorded by then, "
                    + "deleted since or not (one superseded later shows as current, as it was then).")
    @APIResponse(responseCode = "200", description = "The stances",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StancePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<StancePage> listStances(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                       @PathParam("claimId") UUID claimId,
                                       @Parameter(description = "Include superseded stances")
                                       @QueryParam("history") boolean history,
                                       @Parameter(description = ApiDocs.AS_OF + " (404 when the claim was not recorded "
                                               + "yet or was deleted then)",
                                               schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                       @QueryParam("asOf") String asOf) {
        return stances.list(Responses.storyId(storyId), claimId, history, Responses.instant("asOf", asOf));
    }

    @GET
    @Path("/stances/{actorId}")
    @Tag(name = "Stances")
    @Operation(operationId = "getStance", summary = "Get an actor's current stance on the claim",
            description = "The stance the actor holds on the claim now: supports or disputes, with its summary and evidence. Earlier stances of the same actor are in the claim's stance history; asOf reads the stance held then.")
    @APIResponse(responseCode = "200", description = "The current stance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stance.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Stance> getStance(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                 @PathParam("claimId") UUID claimId, @PathParam("actorId") UUID actorId,
                                 @Parameter(description = ApiDocs.AS_OF + ": the stance the actor held then (404 when "
                                         + "it held none, or the claim was not recorded yet or was deleted then)",
                                         schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                 @QueryParam("asOf") String asOf) {
        Instant at = Responses.instant("asOf", asOf);
        return stances.current(Responses.storyId(storyId), claimId, actorId, at)
                .map(found -> Responses.found(found, "current stance of actor " + actorId + (at == null ? "" : " as of " + at)));
    }

    @PUT
    @Path("/stances/{actorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Stances")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceStance", summary = "Change an actor's stance on the claim",
            description = "The current stance is kept in the history with supersededAt set, and the new one becomes "
                    + "current. The actor must hold a current stance (take one with takeStance first). Send the claim's "
                    + "ETag in If-Match (or *): without it the answer is 428, with a stale one 412.")
    @APIResponse(responseCode = "200", description = "The new current stance",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_OF_CLAIM, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stance.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> replaceStance(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                     @PathParam("claimId") UUID claimId, @PathParam("actorId") UUID actorId,
                                     @Parameter(required = true, description = ApiDocs.IF_MATCH_CLAIM)
                                     @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                     @NotNull @Valid StanceChange change) {
        return stances.change(Responses.storyId(storyId), claimId, actorId, change, ifMatch).map(Responses::versioned);
    }

    @PUT
    @Path("/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Verdicts", description = "The desk's editorial rating of a claim, separate from stances")
    @RolesAllowed(Roles.FACT_CHECKER)
    @Operation(operationId = "setVerdict", summary = "Set the desk's verdict on the claim",
            description = "Creates or replaces the verdict. It never changes the claim's status, which follows the stances. "
                    + "Send the claim's ETag in If-Match (or *): without it the answer is 428, with a stale one 412.")
    @APIResponse(responseCode = "200", description = "The verdict as now stored",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_OF_CLAIM, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verdict.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> setVerdict(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                    @PathParam("claimId") UUID claimId,
                                    @Parameter(required = true, description = ApiDocs.IF_MATCH_CLAIM)
                                    @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                    @NotNull @Valid VerdictInput input) {
        return verdicts.set(Responses.storyId(storyId), claimId, input, ifMatch).map(Responses::versioned);
    }

    @DELETE
    @Path("/verdict")
    @Tag(name = "Verdicts")
    @RolesAllowed(Roles.FACT_CHECKER)
    @Operation(operationId = "deleteVerdict", summary = "Withdraw the desk's verdict on the claim",
            description = "Send the claim's ETag in If-Match (or *): without it the answer is 428, with a stale one 412.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteVerdict(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                       @PathParam("claimId") UUID claimId,
                                       @Parameter(required = true, description = ApiDocs.IF_MATCH_CLAIM)
                                       @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        return verdicts.withdraw(Responses.storyId(storyId), claimId, ifMatch).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("/stances/{actorId}/revisions")
    @Tag(name = "Revisions", description = "Who changed what and when")
    @Operation(operationId = "listStanceRevisions", summary = "The revisions of an actor's stances on the claim", description = ApiDocs.REVISIONS
            + " A changed stance is a stance of its own: the earlier one's revision sets its supersededAt, the new one's creates it.")
    @APIResponse(responseCode = "200", description = "A page of revisions",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listStanceRevisions(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @PathParam("claimId") UUID claimId, @PathParam("actorId") UUID actorId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return revisions.page(Revisions.Scope.stances(Responses.storyId(storyId), claimId, actorId), after, limit)
                .map(page -> Responses.revisions(page, "the stances of actor " + actorId, uri));
    }

    @GET
    @Path("/verdict/revisions")
    @Tag(name = "Revisions", description = "Who changed what and when")
    @Operation(operationId = "listVerdictRevisions", summary = "The revisions of the claim's verdict", description = ApiDocs.REVISIONS
            + " A replaced verdict stays here: the revision of its replacement lists what changed.")
    @APIResponse(responseCode = "200", description = "A page of revisions",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listVerdictRevisions(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @PathParam("claimId") UUID claimId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return revisions.page(Revisions.Scope.verdict(Responses.storyId(storyId), claimId), after, limit)
                .map(page -> Responses.revisions(page, "the verdict of claim " + claimId, uri));
    }
}
