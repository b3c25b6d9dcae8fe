package io.newsroom.claims.rest;

import io.newsroom.claims.domain.ClaimStatus;
import io.newsroom.stylebook.Edtf;
import io.newsroom.claims.api.Appearance;
import io.newsroom.claims.api.Citation;
import io.newsroom.claims.api.Claim;
import io.newsroom.claims.api.ClaimInput;
import io.newsroom.claims.api.ClaimPage;
import io.newsroom.claims.api.ClaimRelation;
import io.newsroom.claims.api.ClaimRelationInput;
import io.newsroom.claims.api.ClaimRelationPage;
import io.newsroom.claims.api.ClaimUpdate;
import io.newsroom.claims.api.ClaimsWindow;
import io.newsroom.claims.api.DisputePage;
import io.newsroom.claims.api.ReviewPage;
import io.newsroom.claims.api.RevisionPage;
import io.newsroom.claims.domain.RevisedResource;
import io.newsroom.claims.service.ClaimRelationService;
import io.newsroom.claims.service.ClaimRestoreService;
import io.newsroom.claims.service.Revisions;
import io.newsroom.claims.service.ClaimService;
import io.newsroom.claims.service.ClaimsWindowService;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.InvalidEdtfException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stories/{storyId}")
@Tag(name = "Claims", description = "Who claimed what in a story, where it appeared, and how claims relate")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimService claims;
    private final ClaimRelationService relations;
    private final ClaimsWindowService windows;
    private final ClaimRestoreService restores;
    private final Revisions revisions;

    public ClaimResource(ClaimService claims, ClaimRelationService relations, ClaimsWindowService windows,
                         ClaimRestoreService restores, Revisions revisions) {
        this.claims = claims;
        this.relations = relations;
        this.windows = windows;
        this.restores = restores;
        this.revisions = revisions;
    }

    @POST
    @Path("/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createClaim", summary = "Record a claim in a story",
            description = "The claimant must be an existing actor. The story must be one of timeline-service's and "
                    + "the event, if given, one of the story's (422 reference otherwise); they are checked with "
                    + "timeline-service using the caller's token, and while it cannot answer the create is 503 with "
                    + "Retry-After and records nothing. Appearance URLs are normalised. Retrying with the same "
                    + "Idempotency-Key and body replays the first answer and never records a second claim.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)), @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Uni<Response> createClaim(
            @Parameter(description = "Slug of the story", example = "us-peace-plan-ukraine", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @Parameter(description = "Makes a retried create safe: the same key and body return the first answer")
            @HeaderParam(Responses.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid ClaimInput input, @Context UriInfo uri) {
        return claims.create(Responses.storyId(storyId), input, idempotencyKey, uri.getPath(),
                id -> uri.getAbsolutePathBuilder().path(id.toString()).build()).map(Responses::written);
    }

    @GET
    @Path("/claims")
    @Operation(operationId = "listClaims", summary = "List a story's claims",
            description = "In made-at order: earliest instant, then latest instant, then id (so claims of different "
                    + "precision still order deterministically). Filters combine with AND; repeated 'status' values "
                    + "combine with OR. The status is derived from current stances, or from the stances known at "
                    + "'asOf' when it is given.")
    @APIResponse(responseCode = "200", description = "A page of claims", headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listClaims(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @Parameter(description = "Only claims with one of these statuses (repeatable)")
            @QueryParam("status") @Size(max = ClaimStatus.COUNT) List<ClaimStatus> status,
            @Parameter(description = "Only claims made by this actor") @QueryParam("claimantId") UUID claimantId,
            @Parameter(description = "Only claims with this tag") @QueryParam("tag") @Size(max = 60) String tag,
            @Parameter(description = "Only claims made (possibly) on or after this EDTF date, e.g. 2025-11-20")
            @QueryParam("from") @Size(max = ApiDocs.DATE_LENGTH) String from,
            @Parameter(description = "Only claims made (possibly) on or before this EDTF date, e.g. 2025-11-27")
            @QueryParam("to") @Size(max = ApiDocs.DATE_LENGTH) String to,
            @Parameter(description = "Full-text query over the proposition and the appearances' quotes and titles "
                    + "(web search syntax: words, \"phrases\", or, -excluded)") @QueryParam("q") @Size(max = 500) String q,
            @Parameter(description = "Show the claims as they stood at this UTC instant, from their revisions (claims "
                    + "deleted since included, later ones left out); filters, order and cursor apply to then",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("asOf") String asOf,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        Instant fromInstant = from == null ? null : date("from", from).earliest();
        Instant toInstant = to == null ? null : date("to", to).latest();
        return claims.page(Responses.storyId(storyId), status, claimantId, blankToNull(tag), fromInstant, toInstant,
                        blankToNull(q), Responses.instant("asOf", asOf), after, limit)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/review")
    @Operation(operationId = "listClaimsToReview", summary = "List a story's claims whose evidence changed",
            description = "Claims an appearance or a current stance's evidence of which cites an article timeline-service "
                    + "reports as CORRECTED or RETRACTED, and claims whose event was deleted there, each with its reasons, "
                    + "in made-at order (as listClaims). Learnt from timeline-service's change feed, so a change there "
                    + "shows here within seconds. A claim leaves the list when its evidence no longer cites such an "
                    + "article (or the article is published again) and its event is back.")
    @APIResponse(responseCode = "200", description = "A page of claims to review", headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> listClaimsToReview(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return claims.review(Responses.storyId(storyId), after, limit)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/claims/{claimId}")
    @Operation(operationId = "getClaim", summary = "Get a claim with its status, appearances, stances and verdict",
            description = "One claim with its status, every appearance in the coverage, the current stance of each actor, and the desk's verdict. Its ETag goes back in If-Match when you change it; asOf reads the claim as it stood then.")
    @APIResponse(responseCode = "200", description = "The claim", headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> getClaim(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @PathParam("claimId") UUID claimId,
            @Parameter(description = "Show the claim as it stood at this UTC instant, from its revisions: its "
                    + "proposition, claimant, date, event, verdict, appearances, stances and status of then (404 if not "
                    + "recorded yet or deleted then; a claim deleted since is shown). No ETag then.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("asOf") String asOf) {
        Instant at = Responses.instant("asOf", asOf);
        // A claim as it stood has no version left to match: only the current one carries an ETag.
        return claims.get(Responses.storyId(storyId), claimId, at)
                .map(found -> at == null ? Responses.versioned(found) : Response.ok(Responses.found(found, "claim "
                        + claimId + " as of " + at).body()).build());
    }

    @PUT
    @Path("/claims/{claimId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceClaim", summary = "Replace a claim's editable fields",
            description = "Replaces proposition, claimant, made-at date, event and tags. A new event must be one of "
                    + "the story's in timeline-service (422 reference otherwise, 503 while it cannot answer). Send the "
                    + "ETag you read in If-Match (or *): without it the answer is 428, with a stale one 412.")
    @APIResponse(responseCode = "200", description = "The claim as now stored", headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Uni<Response> replaceClaim(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                      @PathParam("claimId") UUID claimId,
                                      @Parameter(required = true, description = ApiDocs.IF_MATCH)
                                      @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                      @NotNull @Valid ClaimUpdate input) {
        return claims.update(Responses.storyId(storyId), claimId, input, ifMatch).map(Responses::versioned);
    }

    @DELETE
    @Path("/claims/{claimId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteClaim", summary = "Delete a claim with its appearances, stances, verdict and relations",
            description = "Send the ETag you read in If-Match (or *): without it the answer is 428, with a stale one 412.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteClaim(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                     @PathParam("claimId") UUID claimId,
                                     @Parameter(required = true, description = ApiDocs.IF_MATCH)
                                     @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        return claims.delete(Responses.storyId(storyId), claimId, ifMatch).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/claims/{claimId}/appearances")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "addAppearance", summary = "Add a place where the claim appeared",
            description = "The URL is normalised first; the same normalised URL twice on one claim is a conflict.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appearance.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> addAppearance(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                       @PathParam("claimId") UUID claimId,
                                       @Parameter(description = "Makes a retried create safe")
                                       @HeaderParam(Responses.IDEMPOTENCY_KEY) String idempotencyKey,
                                       @NotNull @Valid Citation citation, @Context UriInfo uri) {
        return claims.addAppearance(Responses.storyId(storyId), claimId, citation, idempotencyKey, uri.getPath(),
                id -> uri.getAbsolutePathBuilder().path(id.toString()).build()).map(Responses::written);
    }

    @GET
    @Path("/claims/{claimId}/appearances/{appearanceId}")
    @Operation(operationId = "getAppearance", summary = "Get one appearance of a claim",
            description = "One place where the claim appeared: the article's URL, outlet, title, publication time and the exact quote. asOf reads it as it stood then.")
    @APIResponse(responseCode = "200", description = "The appearance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appearance.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Appearance> getAppearance(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                         @PathParam("claimId") UUID claimId,
                                         @PathParam("appearanceId") UUID appearanceId,
                                         @Parameter(description = ApiDocs.AS_OF + " (404 when the claim did not have "
                                                 + "it then, or was not recorded yet or was deleted then)",
                                                 schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                         @QueryParam("asOf") String asOf) {
        Instant at = Responses.instant("asOf", asOf);
        return claims.appearance(Responses.storyId(storyId), claimId, appearanceId, at)
                .map(found -> Responses.found(found, "appearance " + appearanceId + (at == null ? "" : " as of " + at)));
    }

    @POST
    @Path("/claims/{claimId}/relations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "relateClaim", summary = "Relate the claim to another claim of the same story",
            description = "CONTRADICTS is symmetric: a relation either way counts. A claim cannot relate to itself.")
    @APIResponse(responseCode = "201", description = "Related",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimRelation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> relateClaim(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                     @PathParam("claimId") UUID claimId,
                                     @Parameter(description = "Makes a retried create safe")
                                     @HeaderParam(Responses.IDEMPOTENCY_KEY) String idempotencyKey,
                                     @NotNull @Valid ClaimRelationInput input, @Context UriInfo uri) {
        return relations.relate(Responses.storyId(storyId), claimId, input, idempotencyKey, uri.getPath(),
                id -> uri.getAbsolutePathBuilder().path(id.toString()).build()).map(Responses::written);
    }

    @GET
    @Path("/claims/{claimId}/relations")
    @Operation(operationId = "listRelations", summary = "List the claim's relations in both directions",
            description = "Oldest first; returned whole (nextCursor is always null).")
    @APIResponse(responseCode = "200", description = "The relations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimRelationPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ClaimRelationPage> listRelations(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                                @PathParam("claimId") UUID claimId,
                                                @Parameter(description = ApiDocs.AS_OF + " (404 when the claim was "
                                                        + "not recorded yet or was deleted then)",
                                                        schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                                @QueryParam("asOf") String asOf) {
        return relations.list(Responses.storyId(storyId), claimId, Responses.instant("asOf", asOf));
    }

    @GET
    @Path("/claims/{claimId}/relations/{relationId}")
    @Operation(operationId = "getRelation", summary = "Get one relation of the claim",
            description = "One relation from this claim to another (CONTRADICTS or REPEATS), with when it was recorded. asOf reads it as it stood then.")
    @APIResponse(responseCode = "200", description = "The relation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimRelation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ClaimRelation> getRelation(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                          @PathParam("claimId") UUID claimId, @PathParam("relationId") UUID relationId,
                                          @Parameter(description = ApiDocs.AS_OF + " (404 when the claims were not "
                                                  + "related so then, or the claim was not recorded yet or was deleted then)",
                                                  schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                          @QueryParam("asOf") String asOf) {
        Instant at = Responses.instant("asOf", asOf);
        return relations.get(Responses.storyId(storyId), claimId, relationId, at)
                .map(found -> Responses.found(found, "relation " + relationId + (at == null ? "" : " as of " + at)));
    }

    @GET
    @Path("/disputes")
    @Tag(name = "Disputes")
    @Operation(operationId = "listDisputes", summary = "The disputes board of a story",
            description = "Claims that are DISPUTED or CONTESTED now (or at 'asOf'), each with the disputing stances of "
                    + "then (actor, summary, evidence), newest stance activity first (then id, descending).")
    @APIResponse(responseCode = "200", description = "A page of the board", headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listDisputes(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
                                      @QueryParam("limit") Integer limit,
                                      @Parameter(description = "The nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH))
                                      @QueryParam("after") String after,
                                      @Parameter(description = ApiDocs.AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                      @QueryParam("asOf") String asOf,
                                      @Context UriInfo uri) {
        return claims.disputes(Responses.storyId(storyId), Responses.instant("asOf", asOf), after, limit)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/window")
    @Operation(operationId = "getClaimsWindow", summary = "The claims half of a story view",
            description = "For one page of the story's timeline: every claim made at one of the given events "
                    + "(made-at earliest first, then id), the first 'disputes' entries of the disputes board, every "
                    + "claimant and stance actor these name (each once), and counts over the whole story. Pass the "
                    + "page's event ids as repeated 'eventId' parameters, at most 200. A story this service has no "
                    + "claims for answers with empty lists and zero counts: stories are the timeline service's.")
    @APIResponse(responseCode = "200", description = "The claims window",
            headers = @Header(name = "ETag", description = ApiDocs.CHANGES_ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimsWindow.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> getClaimsWindow(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of a timeline event on the page shown (repeatable, at most 200)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = 200))
            @QueryParam("eventId") List<String> eventId,
            @Parameter(description = "How many entries of the disputes board to include, 1 to 20",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "5", minimum = "1", maximum = "20"))
            @QueryParam("disputes") Integer disputes,
            @Parameter(description = ApiDocs.AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = ApiDocs.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch) {
        return windows.window(Responses.storyId(storyId), uuids("eventId", eventId), disputes,
                Responses.instant("asOf", asOf), ifNoneMatch).map(Responses::window);
    }

    @GET
    @Path("/claims/{claimId}/revisions")
    @Tag(name = "Revisions", description = "Who changed what and when")
    @Operation(operationId = "listClaimRevisions", summary = "The revisions of a claim", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listClaimRevisions(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @PathParam("claimId") UUID claimId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return revisions.page(Revisions.Scope.claim(Responses.storyId(storyId), claimId), after, limit)
                .map(page -> Responses.revisions(page, "claim " + claimId, uri));
    }

    @GET
    @Path("/claims/{claimId}/appearances/{appearanceId}/revisions")
    @Tag(name = "Revisions", description = "Who changed what and when")
    @Operation(operationId = "listAppearanceRevisions", summary = "The revisions of an appearance of a claim", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listAppearanceRevisions(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @PathParam("claimId") UUID claimId, @PathParam("appearanceId") UUID appearanceId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return revisions.page(Revisions.Scope.part(RevisedResource.APPEARANCE, Responses.storyId(storyId), claimId, appearanceId), after, limit)
                .map(page -> Responses.revisions(page, "appearance " + appearanceId, uri));
    }

    @GET
    @Path("/claims/{claimId}/relations/{relationId}/revisions")
    @Tag(name = "Revisions", description = "Who changed what and when")
    @Operation(operationId = "listRelationRevisions", summary = "The revisions of a relation of a claim", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listRelationRevisions(
            @Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
            @PathParam("claimId") UUID claimId, @PathParam("relationId") UUID relationId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") Integer limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        return revisions.page(Revisions.Scope.part(RevisedResource.RELATION, Responses.storyId(storyId), claimId, relationId), after, limit)
                .map(page -> Responses.revisions(page, "relation " + relationId, uri));
    }

    @POST
    @Path("/claims/{claimId}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "restoreClaim", summary = "Restore a deleted claim",
            description = "Brings the claim back as it was when deleted, with the appearances, stances (superseded "
                    + "ones too), verdict and relations deleted with it, within the restore retention (30 days "
                    + "unless configured otherwise; later is 404). Its actors must still exist (409 otherwise), and its "
                    + "story and event in timeline-service (422 reference otherwise; 503 while it cannot answer). Its "
                    + "ETag carries on above the one it had, so a version read before the deletion no longer matches.")
    @APIResponse(responseCode = "200", description = "The claim as restored",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Uni<Response> restoreClaim(@Parameter(description = "Slug of the story", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 80)) @PathParam("storyId") String storyId,
                                      @PathParam("claimId") UUID claimId) {
        return restores.restore(Responses.storyId(storyId), claimId).map(Responses::versioned);
    }

    private static List<UUID> uuids(String parameter, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(values.size());
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badParameter(parameter, "must be a UUID such as 3f2b8c1e-0a4d-4e8f-9b6a-2c1d5e7f9a0b");
            }
        }
        return ids;
    }

    private static Edtf date(String parameter, String value) {
        try {
            return Edtf.parse(value);
        } catch (InvalidEdtfException e) {
            throw ProblemException.badParameter(parameter, e.getMessage());
        }
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
