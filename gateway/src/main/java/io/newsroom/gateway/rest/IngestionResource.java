package io.newsroom.gateway.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsroom.gateway.service.CandidateDecisionService;
import io.newsroom.gateway.service.IngestionService;
import io.newsroom.gateway.view.ArticleSubmission;
import io.newsroom.gateway.view.Candidate;
import io.newsroom.gateway.view.CandidateEdits;
import io.newsroom.gateway.view.CandidateRejection;
import io.newsroom.gateway.view.Ingestion;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Articles read for a story, and the desk's decisions on what was proposed from them. A desk's work in progress,
 * not the record: every operation needs the editor role, reads included, whatever the newsroom's public reads.
 */
@Path("/api/stories/{storyId}/ingestions")
@Tag(name = "Ingestions", description = "Read an article and accept or reject the events, claims, stances and actors proposed from it")
@RolesAllowed(Roles.EDITOR)
public class IngestionResource {

    private final IngestionService ingestions;
    private final CandidateDecisionService decisions;

    public IngestionResource(IngestionService ingestions, CandidateDecisionService decisions) {
        this.ingestions = ingestions;
        this.decisions = decisions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestArticle", summary = "Read an article for a story and propose facts from it",
            description = "Records the article in the story's coverage (timeline-service, as the caller), reads the story's "
                    + "events, claims and actors, and proposes from the article's sentences: events (a sentence with a time "
                    + "expression, dated by the stylebook's rules against the publication time and zone, with a status from "
                    + "the tense), claims (direct quotes and reported speech, with their speaker), stances (an actor backing or "
                    + "disputing a claim) and actors (people and organisations named). A sentence about an event or a claim "
                    + "the story already holds is proposed as a citation or an appearance of it, not a second fact. Nothing but "
                    + "the coverage article is created until a candidate is accepted. The same article sent again (same URL, "
                    + "text, time, zone, outlet and language) answers 200 with the ingestion it got the first time, proposing "
                    + "nothing new; a corrected text is read anew and proposes only what earlier versions did not.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleSubmission.class)))
    @APIResponse(responseCode = "201", description = "The article was read; Location is the ingestion",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ingestion.class)))
    @APIResponse(responseCode = "200", description = "This article was read for the story before: its ingestion, as it stands",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ingestion.class)))
    @APIResponse(responseCode = "400", description = "The body is empty or not JSON of an article's shape (bad-request), has a "
            + "field an article does not have (unknown-field, naming it), or the request has a query parameter (unknown-parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not include editor (forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The timeline-service does not know the story (not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The article breaks a rule (validation, naming each field: no url, no "
            + "publication time or zone, neither or both of text and html, a text over 100,000 characters, a language other "
            + "than English), or its outlet is unknown and no outlet has the URL's domain (reference, naming outletId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service could not be reached or the reading took too long; send the "
            + "same article again, nothing is created twice",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ingestArticle(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            ArticleSubmission article, @Context UriInfo uri) {
        return ingestions.ingest(storyId, article).map(answer -> {
            URI location = uri.getBaseUriBuilder().path("api/stories/{storyId}/ingestions/{ingestionId}")
                    .build(storyId, answer.ingestion().id());
            return (answer.created() ? Response.created(location) : Response.ok().location(location))
                    .entity(answer.ingestion()).build();
        });
    }

    @GET
    @Path("/{ingestionId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIngestion", summary = "Get an ingestion with its candidates and their state",
            description = "The article as recorded, its main text (what the offsets index) and every candidate in article "
                    + "order: PROPOSED, ACCEPTED (with the facts accepting it gave) or REJECTED (with the reason).")
    @APIResponse(responseCode = "200", description = "The ingestion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ingestion.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not include editor (forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The story has no ingestion of this id (not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Ingestion> getIngestion(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the ingestion", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("ingestionId") String ingestionId) {
        return ingestions.find(storyId, ingestionId).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("The story '" + storyId + "' has no ingestion '" + ingestionId + "'");
            }
            return found;
        });
    }

    @POST
    @Path("/{ingestionId}/candidates/{candidateId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptCandidate", summary = "Accept a candidate: create its fact in the services",
            description = "Creates the fact through the services' APIs, as the caller (the revisions there name them), citing "
                    + "the article with the candidate's sentence: an event, or the citation of the story's event it matched; a "
                    + "claim, or an appearance of the claim it repeats; a stance; an actor (nothing, for an actor already "
                    + "known). A candidate it stands on that is still proposed is accepted first, as proposed: a claim's "
                    + "speaker and the speech event of its sentence, a stance's actor and the claim it answers. The body may "
                    + "correct the candidate (only the part of its kind); without one it is accepted as proposed. Each create "
                    + "carries an Idempotency-Key derived from the candidate, so a retried accept, or two at once, creates "
                    + "each fact once. Accepting an accepted candidate answers it as accepted and creates nothing.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CandidateEdits.class)))
    @APIResponse(responseCode = "200", description = "The candidate, ACCEPTED, with the facts accepting it gave",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Candidate.class)))
    @APIResponse(responseCode = "400", description = "A body that is not JSON of the edits' shape, or has a field they do not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not include editor (forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The story has no such ingestion or candidate (not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The candidate was rejected, or one it stands on was (the problem names the "
            + "field of the edits that names another fact instead)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The edits break a rule or name something that does not exist (naming the "
            + "field), or a service refused the fact",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service could not be reached; accept again, nothing is created twice",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Candidate> acceptCandidate(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the ingestion", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("ingestionId") String ingestionId,
            @Parameter(description = "Id of the candidate", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("candidateId") String candidateId,
            CandidateEdits edits) {
        return decisions.accept(storyId, ingestionId, candidateId, edits).map(accepted -> found(accepted, storyId, ingestionId, candidateId));
    }

    @POST
    @Path("/{ingestionId}/candidates/{candidateId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectCandidate", summary = "Reject a candidate, saying why",
            description = "Records the reason and the editor; nothing is created. Rejecting a rejected candidate answers it "
                    + "with its first reason; an accepted one cannot be rejected (its fact stands in its service).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CandidateRejection.class)))
    @APIResponse(responseCode = "200", description = "The candidate, REJECTED, with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Candidate.class)))
    @APIResponse(responseCode = "400", description = "A body that is not JSON of a rejection's shape",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not include editor (forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The story has no such ingestion or candidate (not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The candidate was accepted (conflict)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason, or one over 1,000 characters (validation, naming reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Candidate> rejectCandidate(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the ingestion", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("ingestionId") String ingestionId,
            @Parameter(description = "Id of the candidate", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("candidateId") String candidateId,
            CandidateRejection rejection) {
        return decisions.reject(storyId, ingestionId, candidateId, rejection).map(rejected -> found(rejected, storyId, ingestionId, candidateId));
    }

    private static Candidate found(Candidate candidate, String storyId, String ingestionId, String candidateId) {
        if (candidate == null) {
            throw ProblemException.notFound("The story '" + storyId + "' has no candidate '" + candidateId + "' in ingestion '"
                    + ingestionId + "'");
        }
        return candidate;
    }
}
