package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.ArticleStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a fact was reported. The URL is normalised (scheme and host lower-case, default"
        + " port, fragment and tracking parameters dropped) so the same article matches across services.")
public record Citation(
        @Schema(required = true, example = "https://apnews.com/article/russia-ukraine-putin-peace-plan")
        @NotBlank @Size(max = 2048)
        String url,
        @Schema(description = "Name of the outlet.", example = "Associated Press", nullable = true)
        @Size(max = 200)
        String outlet,
        @Schema(description = "Headline of the article.", nullable = true)
        @Size(max = 500)
        String title,
        @Schema(description = "When the article was published (UTC).", nullable = true)
        Instant publishedAt,
        @Schema(description = "The words of the article that support the fact.", nullable = true)
        @Size(max = 5000)
        String quote,
        @Schema(readOnly = true, nullable = true, description = "In an event's citations: CORRECTED or RETRACTED when the story's article at this"
                + " URL is, so the fact can be shown with a warning and checked again; null while the article stands as"
                + " published (or the story has no article at this URL). Read as of an instant, the article's status of then."
                + " Ignored in requests.", example = "RETRACTED")
        ArticleStatus articleStatus,
        @Schema(readOnly = true, nullable = true, description = "The note of that correction or retraction; null when articleStatus is null."
                + " Ignored in requests.", example = "The outlet withdrew the article: its source could not be confirmed.", maxLength = ArticleStatusInput.MAX_NOTE)
        String articleStatusNote) {

    /** A citation as the desk wrote it, before any article status is read. */
    public Citation(String url, String outlet, String title, Instant publishedAt, String quote) {
        this(url, outlet, title, publishedAt, quote, null, null);
    }

    /** This citation with the status of the article it cites; a PUBLISHED (or no) article flags nothing. */
    public Citation citing(ArticleStatus status, String note) {
        return status == null || !status.flagsCitations() ? new Citation(url, outlet, title, publishedAt, quote)
                : new Citation(url, outlet, title, publishedAt, quote, status, note);
    }
}
