package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where something was published; the services normalise the URL so one article matches "
        + "across them. When the story's coverage records the article as corrected or retracted, the citation says so "
        + "(articleStatus, articleStatusNote), so the fact resting on it is not read as solid as before.")
public record Citation(
        @Schema(required = true, description = "Absolute http(s) URL of the article") @Size(max = 2048) String url,
        @Schema(description = "Name of the outlet", nullable = true) @Size(max = 200) String outlet,
        @Schema(description = "Headline of the article", nullable = true) @Size(max = 500) String title,
        @Schema(description = "When the article was published (UTC)", nullable = true) Instant publishedAt,
        @Schema(description = "The passage quoted from it", nullable = true) @Size(max = 5000) String quote,
        @Schema(description = "CORRECTED or RETRACTED when the outlet corrected or withdrew the article; null while it "
                + "stands as published. Set by the services; ignored on import.", nullable = true) ArticleStatus articleStatus,
        @Schema(description = "The outlet's correction or retraction note, when articleStatus is set; ignored on import",
                nullable = true) @Size(max = 2000) String articleStatusNote) {

    /** A citation as written: what the article is now is the services' to say. */
    public Citation(String url, String outlet, String title, Instant publishedAt, String quote) {
        this(url, outlet, title, publishedAt, quote, null, null);
    }

    /** The article was corrected or retracted since it was cited. */
    public boolean articleChanged() {
        return articleStatus != null && articleStatus.changed();
    }
}
