package io.newsroom.gateway.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.mapping.ClaimReviewMapper;
import io.newsroom.gateway.mapping.TimelineJsMapper;
import io.newsroom.gateway.page.PageClaimReviews;
import io.newsroom.gateway.page.ScriptJson;
import io.newsroom.gateway.page.StoryPage;
import io.newsroom.gateway.page.StoryPageComposer;
import io.newsroom.gateway.service.ServicesUnavailableException;
import io.newsroom.gateway.service.StoryExportService;
import io.newsroom.gateway.service.StoryViewService;
import io.newsroom.stylebook.Pages;
import io.newsroom.stylebook.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The pages people read. Plain HTML rendered on the server, with no script, so a story reads the same on any
 * device, with assistive technology, and with JavaScript off. Failures are pages too, never a JSON problem: the
 * reader came with a browser.
 */
@Path("/")
public class ReaderPageResource {

    private static final Logger LOG = Logger.getLogger(ReaderPageResource.class);
    private static final String DEMO_STORY = "ukraine-peace-plan";
    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    /** No script runs on these pages, so none may; inline styles carry the axis positions. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String demoStory, String problem);

        /** @param claimReviews the JSON-LD of each reviewed claim, by the anchor of its element */
        static native TemplateInstance story(StoryPage page, Map<String, String> claimReviews);

        static native TemplateInstance notFound(String storyId);

        static native TemplateInstance unavailable(String storyId);

        static native TemplateInstance signIn(int status);

        static native TemplateInstance asOfRefused(int status, String storyId, String reason);

        /**
         * @param title the story's title, escaped for HTML already (the export's, which TimelineJS renders as HTML)
         * @param document the TimelineJS document and {@code opening} its viewer's options, as script element text
         */
        static native TemplateInstance timeline(String title, String viewer, String document, String opening, String readerPage);
    }

    private final StoryViewService views;
    private final StoryExportService exports;
    private final GatewayConfig config;
    private final ObjectMapper json;

    public ReaderPageResource(StoryViewService views, StoryExportService exports, GatewayConfig config, ObjectMapper json) {
        this.views = views;
        this.exports = exports;
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response index() {
        return page(Response.Status.OK, Templates.index(DEMO_STORY, null)).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** The form on the index page asks here, so finding a story needs no script either. */
    @GET
    @Path("stories")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response find(@QueryParam("id") String storyId) {
        String id = storyId == null ? "" : storyId.trim();
        if (!isStoryId(id)) {
            return page(Response.Status.BAD_REQUEST, Templates.index(DEMO_STORY,
                    "A story id is made of lower-case letters, digits and single hyphens, such as " + DEMO_STORY + "."))
                    .build();
        }
        return Response.seeOther(URI.create("/stories/" + id)).build();
    }

    @GET
    @Path("stories/{storyId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Uni<Response> story(@PathParam("storyId") String storyId, @QueryParam("after") String after,
            @QueryParam(AsOf.PARAMETER) String asOf, @Context UriInfo uri) {
        return ofStory(storyId, asOf, at -> {
            // A reader pages the timeline the way the API does, a page of the default size at a time.
            String cursor = after == null || after.isBlank() ? null : after;
            ClaimReviewMapper.Publisher publisher = publisher(uri);
            return views.rendered(storyId, Pages.DEFAULT_LIMIT, cursor, at, publisher.toString(),
                            view -> Templates.story(StoryPageComposer.compose(view),
                                    PageClaimReviews.byAnchor(view, cursor, publisher, json)).render())
                    .map(page -> page(Response.Status.OK.getStatusCode(), page.html())
                            // Half a story must not be cached as if it were the whole.
                            .header(HttpHeaders.CACHE_CONTROL, page.complete() ? "no-cache" : "no-store")
                            .build());
        });
    }

    /**
     * A page of the story as of {@code asOf}, from {@code page}; or, with no need to ask the services, the page that
     * says the address names no story they could know or no time this page can read. A failure of {@code page} is
     * worded for the reader ({@link #failed}).
     */
    private Uni<Response> ofStory(String storyId, String asOf, Function<Instant, Uni<Response>> page) {
        if (!isStoryId(storyId)) {
            return Uni.createFrom().item(notFound(storyId));
        }
        Instant at;
        try {
            at = AsOf.parse(asOf);
        } catch (ProblemException unreadable) {
            return Uni.createFrom().item(asOfRefused(Response.Status.BAD_REQUEST.getStatusCode(), storyId,
                    "The address asks for the story as of “" + shorter(asOf) + "”, which is not a time this page can read. "
                            + "A time is written like " + AsOf.EXAMPLE + "."));
        }
        return page.apply(at).onFailure().recoverWithItem(failure -> failed(storyId, at, failure));
    }

    /**
     * The story's timeline in the TimelineJS viewer, for a newsroom to embed in an iframe: the export and where the
     * viewer opens, worked out from the same read, so it opens on the latest event that has begun and the weeks
     * around it, not on the story's oldest years as the viewer would by itself. The one page with script, the viewer's
     * own, loaded from {@code newsroom.gateway.timelinejs-viewer}; without script it links to the reader page.
     */
    @GET
    @Path("stories/{storyId}/timeline")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Uni<Response> timeline(@PathParam("storyId") String storyId, @QueryParam(AsOf.PARAMETER) String asOf) {
        return ofStory(storyId, asOf, at -> {
            String viewer = config.timelinejsViewer().toString().replaceAll("/+$", "");
            String readerPage = "/stories/" + storyId
                    + (at == null ? "" : "?asOf=" + URLEncoder.encode(at.toString(), StandardCharsets.UTF_8));
            return exports.timelineJs(storyId, at)
                    .map(document -> Response.ok()
                            .type(HTML)
                            // A story without a title is named by its id, a slug, which needs no escaping.
                            .entity(Templates.timeline(Objects.requireNonNullElse(document.title().text().headline(), storyId),
                                    viewer, ScriptJson.of(document, json),
                                    ScriptJson.of(TimelineJsMapper.opening(document, at == null ? Instant.now() : at), json),
                                    readerPage).render())
                            .header("Content-Language", "en")
                            .header("Content-Security-Policy", embedPolicy(config.timelinejsViewer()))
                            // Where it opens depends on the time too, so it is worked out again at each visit.
                            .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                            .build());
        });
    }

    /**
     * The embed page runs the viewer's script and its own, loads the viewer's styles, icons and images, and may be
     * framed by any site (it shows only what anyone may read); nothing else, and it fetches nothing: the data is in it.
     */
    static String embedPolicy(URI viewer) {
        // A viewer the gateway serves itself (a path, no host) is covered by 'self'.
        String origin = viewer.isAbsolute() ? " " + viewer.getScheme() + "://" + viewer.getRawAuthority() : "";
        return "default-src 'none'; script-src 'self'" + origin + "; style-src 'self' 'unsafe-inline'" + origin
                + "; img-src 'self' data:" + origin + "; font-src 'self' data:" + origin + "; connect-src 'none'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors *";
    }

    /**
     * Reads made private ({@code NEWSROOM_PUBLIC_READ=false}) and a reader without a token, or without the reader
     * role: a page that says so, not the API's JSON problem. Only these pages' requests come here.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException refused) {
        return signIn(Response.Status.UNAUTHORIZED);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused) {
        return signIn(Response.Status.FORBIDDEN);
    }

    private static Response signIn(Response.Status status) {
        Response.ResponseBuilder page = page(status, Templates.signIn(status.getStatusCode()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return status == Response.Status.UNAUTHORIZED ? page.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build() : page.build();
    }

    private Response failed(String storyId, Instant asOf, Throwable failure) {
        if (failure instanceof StoryNotFoundException) {
            return notFound(storyId);
        }
        if (failure instanceof ServiceRejectedException rejected && rejected.refusesTheCaller()) {
            // A service refused the reader's token or roles (its reads are private while the gateway's are not).
            return signIn(rejected.status() == 401 ? Response.Status.UNAUTHORIZED : Response.Status.FORBIDDEN);
        }
        if (failure instanceof ProblemException problem && problem.fields().stream().anyMatch(f -> AsOf.PARAMETER.equals(f.field()))) {
            return asOfRefused(problem.type().status(), storyId,
                    "The newsroom's records cannot show this story as it stood at that time. The story as it stands now is still here.");
        }
        if (failure instanceof ProblemException) {
            // Only a cursor that is not one of this story's: start the reader again at the first page, at the same time.
            return Response.seeOther(URI.create("/stories/" + storyId
                    + (asOf == null ? "" : "?asOf=" + URLEncoder.encode(asOf.toString(), StandardCharsets.UTF_8)))).build();
        }
        if (!(failure instanceof ServicesUnavailableException)) {
            LOG.errorf(failure, "Reader page for story %s failed", storyId);
        }
        return page(Response.Status.SERVICE_UNAVAILABLE, Templates.unavailable(storyId))
                .header(HttpHeaders.RETRY_AFTER, "5")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static Response asOfRefused(int status, String storyId, String reason) {
        return page(status, Templates.asOfRefused(status, storyId, reason))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Text of the address shown back to the reader, cut so a huge one cannot fill the page; the template escapes it. */
    private static String shorter(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static Response notFound(String storyId) {
        // The id is shown back to the reader, so a huge one is cut; the template escapes it.
        String shown = storyId == null ? "" : storyId.length() > Story.MAX_ID_LENGTH ? storyId.substring(0, Story.MAX_ID_LENGTH) + "\u2026" : storyId;
        return page(Response.Status.NOT_FOUND, Templates.notFound(shown)).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    private static Response.ResponseBuilder page(Response.Status status, TemplateInstance template) {
        return page(status.getStatusCode(), template);
    }

    private static Response.ResponseBuilder page(int status, TemplateInstance template) {
        return page(status, template.render());
    }

    private static Response.ResponseBuilder page(int status, String html) {
        return Response.status(status)
                .type(HTML)
                .entity(html)
                .header("Content-Language", "en")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    /** The same publisher as the ClaimReview export's, so the page and the export say the same. */
    private ClaimReviewMapper.Publisher publisher(UriInfo uri) {
        return new ClaimReviewMapper.Publisher(config.claimReview().organisation(),
                config.claimReview().organisationUrl().orElse(null),
                config.claimReview().publicBaseUrl().orElse(uri.getBaseUri().toString()));
    }

    static boolean isStoryId(String id) {
        return Story.isId(id);
    }
}
