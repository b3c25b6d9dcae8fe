package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One article read for a story, and the facts proposed from it for a desk to accept or reject. "
        + "Each candidate cites the article with the exact sentence it comes from and that sentence's character "
        + "offsets into 'mainText'.")
public record Ingestion(
        @Schema(required = true) String id,
        @Schema(required = true) String storyId,
        @Schema(required = true) IngestedArticle article,
        @Schema(required = true, description = "The text every candidate's offsets index: the plain text as sent, or the "
                + "main text extracted from the HTML (one paragraph per block, separated by blank lines)")
        String mainText,
        @Schema(required = true, description = "Whether mainText was extracted from HTML") boolean fromHtml,
        @Schema(required = true) Editor ingestedBy,
        @Schema(required = true) Instant ingestedAt,
        @Schema(required = true, description = "The candidates in article order") List<Candidate> candidates) {

    @Schema(name = "IngestedArticle", description = "The article as it was recorded in the story's coverage")
    public record IngestedArticle(
            @Schema(required = true, description = "Its URL, normalised (tracking parameters and fragment dropped)")
            String url,
            @Schema(required = true, nullable = true, description = "Its headline; null when not given") String title,
            @Schema(required = true) Instant publishedAt,
            @Schema(required = true, description = "The zone relative phrases were read in", examples = "Europe/Kyiv")
            String zone,
            @Schema(required = true, nullable = true, description = "BCP 47 language of the article; null when not given")
            String language,
            @Schema(required = true, description = "Its outlet in the timeline-service") String outletId,
            @Schema(required = true, description = "The outlet's name, as the candidates' citations give it") String outlet,
            @Schema(required = true, description = "The article in the story's coverage (timeline-service)") String articleId) {
    }
}
