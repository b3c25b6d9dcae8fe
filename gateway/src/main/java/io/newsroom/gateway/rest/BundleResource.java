package io.newsroom.gateway.rest;

import jakarta.validation.Valid;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsroom.gateway.domain.StoryBundle;
import io.newsroom.gateway.service.BundleImportService;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/bundles")
@Tag(name = "Bundles", description = "Move a whole story between systems")
public class BundleResource {

    private final BundleImportService imports;

    public BundleResource(BundleImportService imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importBundle", summary = "Import a story bundle",
            description = "Creates the story, its outlets, articles, events, relations, actors, claims, stances and "
                    + "verdicts through the services' APIs, and reports what it created, what already existed and "
                    + "what it could not import and why. Importing the same bundle again creates nothing, so a "
                    + "bundle can simply be posted again after a failure, and a story deleted since it was imported "
                    + "comes back whole from it. Answers 201 when anything was created, 200 when everything was "
                    + "already there (or was only brought back in line with the bundle, see 'updated'). Needs the editor role; the services are asked with the "
                    + "caller's token, so verdicts need a fact-checker too (an editor's import reports them refused).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryBundle.class)))
    @APIResponse(responseCode = "201", description = "Something was created; Location is the story's view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = io.newsroom.gateway.view.ImportReport.class)))
    @APIResponse(responseCode = "200", description = "Nothing was created: the story was already complete, or every item was rejected or only updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = io.newsroom.gateway.view.ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is empty or not JSON of a bundle's shape (bad-request), has a field a bundle "
            + "does not have (unknown-field, naming it), or the request has a query parameter (unknown-parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not include editor (forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The bundle as a whole cannot be imported (no story, a story id that is not a slug, ids used twice, "
            + "a text, list or id over its limit, each such field named: nothing is imported)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The import ran out of time; post the same bundle again to finish it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> importBundle(@Valid StoryBundle bundle, @Context UriInfo uri) {
        if (bundle == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The body is empty; it must be a story bundle");
        }
        return imports.importBundle(bundle).map(report -> {
            if (report.created().isEmpty()) {
                return Response.ok(report).build();
            }
            URI view = uri.getBaseUriBuilder().path("api/stories/{storyId}").build(report.storyId());
            return Response.created(view).entity(report).build();
        });
    }
}
