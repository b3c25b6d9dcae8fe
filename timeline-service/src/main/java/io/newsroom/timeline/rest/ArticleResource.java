package io.newsroom.timeline.rest;

import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.api.ArticleInput;
import io.newsroom.timeline.api.ArticlePage;
import io.newsroom.timeline.api.ArticleStatusInput;
import io.newsroom.timeline.api.Coverage;
import io.newsroom.timeline.service.ArticleService;
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

@Path("/stories/{storyId}")
@Tag(name = "Coverage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;
    private final IdempotencyService idempotency;
    private final RevisionService revisions;
    private final RestoreService restores;
    private final AsOfService asOfs;

    public ArticleResource(ArticleService articles, IdempotencyService idempotency, RevisionService revisions,
            RestoreService restores, AsOfService asOfs) {
        this.articles = articles;
        this.idempotency = idempotency;
        this.revisions = revisions;
        this.restores = restores;
        this.asOfs = asOfs;
    }

    @POST
    @Path("/articles")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createArticle", summary = "Add an article to a story's coverage",
            description = "The URL is normalised and must be new to the story (else 409). Without outletId the outlet"
                    + " is found by the URL's domain; an article of an unknown outlet is kept and counts as UNRATED.")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = {@Header(name = "Location", description = ApiDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> createArticle(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Valid ArticleInput input,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        RequestParams.body(input);
        return idempotency.create(idempotencyKey, "createArticle", uri.getRequestUri().getRawPath(), input,
                        () -> articles.create(storyId, input).map(article -> new IdempotencyService.Created(
                                uri.getAbsolutePathBuilder().path(article.body().id().toString()).build(), article.body(), article.etag())))
                .map(Responses::created);
    }

    @GET
    @Path("/articles")
    @Operation(operationId = "listArticles", summary = "List a story's articles", description = "Oldest publication first.")
    @APIResponse(responseCode = "200", description = "A page of articles.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listArticles(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        Instant at = RequestParams.instant(asOf, "asOf");
        return (at == null ? articles.list(storyId, RequestParams.limit(limit), after)
                : asOfs.articles(storyId, RequestParams.limit(limit), after, at))
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @GET
    @Path("/articles/{articleId}")
    @Operation(operationId = "getArticle", summary = "Get an article of a story",
            description = "One article of the story's coverage: its normalised URL, outlet, title and publication time. asOf reads it as it stood then, from its revisions.")
    @APIResponse(responseCode = "200", description = "The article.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> getArticle(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the article (UUID).", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("articleId") String articleId,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        var id = RequestParams.uuid(articleId, "articleId");
        Instant at = RequestParams.instant(asOf, "asOf");
        return at == null ? articles.get(storyId, id).map(Responses::single) : asOfs.article(storyId, id, at).map(Responses::asOf);
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCoverage", summary = "How a story was covered",
            description = "Counts of articles and outlets and the split by outlet bias, every bias value present.")
    @APIResponse(responseCode = "200", description = "The coverage.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Coverage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Coverage> getCoverage(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = ApiDocs.AS_OF, example = "2025-11-25T12:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        Instant at = RequestParams.instant(asOf, "asOf");
        return at == null ? articles.coverage(storyId) : asOfs.coverage(storyId, at);
    }

    @GET
    @Path("/articles/{articleId}/revisions")
    @Tag(name = ApiDocs.REVISIONS_TAG)
    @Operation(operationId = "listArticleRevisions", summary = "An article's revisions", description = ApiDocs.REVISIONS)
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Uni<Response> listArticleRevisions(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the article (UUID).", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("articleId") String articleId,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.CURSOR_LENGTH)) @QueryParam("after") String after,
            @Context UriInfo uri) {
        var id = RequestParams.uuid(articleId, "articleId");
        return revisions.page(ResourceType.ARTICLE, id.toString(), RevisionReads.Owner.story(storyId),
                        "the article " + id + " of the story '" + storyId + "'", RequestParams.limit(limit), after)
                .map(page -> Responses.page(page, page.nextCursor(), uri));
    }

    @POST
    @Path("/articles/{articleId}/status")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "changeArticleStatus", summary = "Record a correction or retraction of an article",
            description = "The article's outlet corrected it (CORRECTED, with a note saying what) or withdrew it"
                    + " (RETRACTED, with a note saying why); 'at' says when, by default when it is recorded. PUBLISHED"
                    + " undoes a correction or retraction recorded in error (no note, no time). Allowed:"
                    + " PUBLISHED -> CORRECTED | RETRACTED; CORRECTED -> RETRACTED | PUBLISHED;"
                    + " RETRACTED -> PUBLISHED; anything else is 422 transition-refused naming status. The change is a"
                    + " revision of the article whose changes list status. From then on every read of an event of the"
                    + " story that cites the article's URL carries articleStatus and articleStatusNote in that citation,"
                    + " and the story's review list names the event. Needs the article's ETag in If-Match; a retry with the"
                    + " same Idempotency-Key gets the first answer.")
    @APIResponse(responseCode = "200", description = "The article with its new status.",
            headers = {@Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = ApiDocs.REPLAYED, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> changeArticleStatus(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the article (UUID).", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("articleId") String articleId,
            @Valid ArticleStatusInput input,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        RequestParams.body(input);
        var id = RequestParams.uuid(articleId, "articleId");
        return idempotency.change(idempotencyKey, "changeArticleStatus", uri.getRequestUri().getRawPath(), input,
                        () -> articles.changeStatus(storyId, id, ifMatch, input).map(article ->
                                new IdempotencyService.Created(null, article.body(), article.etag())))
                .map(Responses::created);
    }

    @DELETE
    @Path("/articles/{articleId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteArticle", summary = "Remove an article from a story's coverage",
            description = "Events whose relative date is anchored to it keep the anchor's publication time and zone, without its id. An admin may restore it within the restore retention.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> deleteArticle(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the article (UUID).", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("articleId") String articleId,
            @Parameter(description = ApiDocs.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return articles.delete(storyId, RequestParams.uuid(articleId, "articleId"), ifMatch)
                .replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/articles/{articleId}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "restoreArticle", summary = "Restore a deleted article",
            description = "Its story must stand; an article at the same URL added since is 409; an outlet deleted since is dropped. "
                    + ApiDocs.RESTORE)
    @APIResponse(responseCode = "200", description = "Restored.",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> restoreArticle(@Parameter(description = ApiDocs.STORY_ID, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = "Id of the article (UUID).", schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.UUID_LENGTH, pattern = ApiDocs.UUID_PATTERN)) @PathParam("articleId") String articleId) {
        return restores.article(storyId, RequestParams.uuid(articleId, "articleId"))
                .map(Responses::single);
    }
}
