package io.newsroom.gateway.rest;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.newsroom.gateway.domain.StoryBundle;
import io.newsroom.gateway.service.BundleStream;
import io.newsroom.gateway.service.StoryExportService;
import io.newsroom.gateway.view.ClaimReviewDocument;
import io.newsroom.gateway.view.TimelineJsDocument;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

import org.jboss.resteasy.reactive.RestMulti;

@Path("/api/stories/{storyId}")
@Tag(name = "Exports", description = "A story in formats other tools read")
@APIResponse(responseCode = "400", description = "A query parameter the operation does not take (unknown-parameter), "
        + "or an 'asOf' that is not a UTC instant (bad-request)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "An 'asOf' a service cannot export the story as of (the problem names asOf)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Only when the newsroom's reads are private: no valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Only when the newsroom's reads are private: the token's roles do not include reader",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "The timeline-service does not know the story",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "A service the export needs did not answer in time; exports are never partial",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExportResource {

    private final StoryExportService exports;
    private final BundleStream bundles;

    public ExportResource(StoryExportService exports, BundleStream bundles) {
        this.exports = exports;
        this.bundles = bundles;
    }

    @GET
    @Path("/exports/timelinejs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportTimelineJs", summary = "Export the timeline as TimelineJS 3 JSON",
            description = "Every event with a readable date, in timeline order, dates cut to their precision (a year "
                    + "has no month), weeks as Monday-to-Sunday spans, a display_date for approximate, uncertain, "
                    + "week-long and not-yet-happened events, and one group per event kind. A cancelled event stays where "
                    + "it was to be, its display_date and text saying it was cancelled; an overdue one (expected, its "
                    + "date passed, nothing recorded since) reads 'Expected ... \u2014 not confirmed'; a source corrected "
                    + "or retracted since it was cited is said in the slide's text with the outlet's note; an event with a "
                    + "separate end has its display_date run to it. Save it as a file, or give the viewer this URL, and "
                    + "the public TimelineJS viewer loads it as it is. Where the viewer opens is the viewer's to decide, "
                    + "not the document's: by itself it opens on the title slide with the whole story two screens wide, "
                    + "so a story reaching back years opens on its oldest events. The page /stories/{storyId}/timeline, "
                    + "made to be embedded in an iframe, runs the viewer on this document opening on the latest event "
                    + "that has begun (its start_at_slide option) with a screen showing the eight weeks around it "
                    + "(scale_factor: the story's span divided by eight weeks); a newsroom running the viewer itself can "
                    + "pass the same two options.")
    @APIResponse(responseCode = "200", description = "The TimelineJS document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineJsDocument.class)))
    public Uni<TimelineJsDocument> exportTimelineJs(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = AsOf.DESCRIPTION, example = AsOf.EXAMPLE, schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) @QueryParam(AsOf.PARAMETER) String asOf) {
        return exports.timelineJs(storyId, AsOf.parse(asOf));
    }

    @GET
    @Path("/exports/claimreview")
    @Produces({ "application/ld+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "exportClaimReviews", summary = "Export the verdicts as schema.org ClaimReview JSON-LD",
            description = "One ClaimReview per claim that has a verdict, ready to embed in a page as "
                    + "a script element of type application/ld+json; each url is the story's reader page with the claim's "
                    + "element as its fragment, and the reader page itself carries each review on that element. Claims "
                    + "without a verdict are left out, and so is a verdict on a claim whose report or stance evidence "
                    + "its outlet has retracted: a search engine would show the rating without the warning the page "
                    + "gives, so it is held back until the claim rests on evidence that stands. A story without "
                    + "verdicts gives an empty array.")
    @APIResponse(responseCode = "200", description = "The ClaimReviews",
            content = @Content(mediaType = "application/ld+json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimReviewDocument.class, maxItems = StoryBundle.MAX_ITEMS)))
    public Uni<List<ClaimReviewDocument>> exportClaimReviews(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = AsOf.DESCRIPTION, example = AsOf.EXAMPLE, schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) @QueryParam(AsOf.PARAMETER) String asOf,
            @Context UriInfo uri) {
        return exports.claimReviews(storyId, uri.getBaseUri().toString(), AsOf.parse(asOf));
    }

    @GET
    @Path("/bundle")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportBundle", summary = "Export the whole story as one JSON bundle",
            description = "The story, its outlets, articles, events, relations, actors, claims, stances and verdicts. "
                    + "POST it to /api/bundles, here or in another system, to recreate the story. The document is "
                    + "streamed as the services' pages are read, so a story of any size can be exported. An unknown "
                    + "story is 404 and a timeline that does not answer is 503 before anything is sent; a service "
                    + "that fails later breaks the transfer off (the chunked body never ends), so a complete transfer "
                    + "is a complete story.")
    @APIResponse(responseCode = "200", description = "The bundle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryBundle.class)))
    public Multi<Buffer> exportBundle(
            @Parameter(description = "Slug of the story", example = "ukraine-peace-plan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.STORY_ID_LENGTH, pattern = ApiDocs.SLUG)) @PathParam("storyId") String storyId,
            @Parameter(description = AsOf.DESCRIPTION, example = AsOf.EXAMPLE, schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) @QueryParam(AsOf.PARAMETER) String asOf) {
        Instant at = AsOf.parse(asOf);
        // The header is read first, so an unknown story or a silent timeline is still a problem with its status; the
        // rest streams page by page, raw (not as a JSON array of pieces).
        // Until the first piece is sent a failure is still answered as a problem; after it, the stream is broken off.
        return RestMulti.fromMultiData(bundles.story(storyId, at).onItem().transformToMulti(story -> bundles.bundle(story, at)))
                .encodeAsJsonArray(false).build();
    }
}
