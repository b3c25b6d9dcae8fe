package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.ArticleStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A correction or retraction of an article by its outlet, or the return to PUBLISHED of one"
        + " recorded in error.")
public record ArticleStatusInput(
        @Schema(required = true, example = "RETRACTED")
        @NotNull
        ArticleStatus status,
        @Schema(description = "What the outlet corrected, or why it retracted the article, in the desk's words. Required"
                + " for CORRECTED and RETRACTED; not allowed for PUBLISHED.",
                example = "The outlet withdrew the article: its source for the Moscow visit could not be confirmed.")
        @Size(max = MAX_NOTE)
        String note,
        @Schema(description = "When the outlet corrected or retracted it (UTC), not in the future; defaults to when it is"
                + " recorded. Not allowed for PUBLISHED.", example = "2025-11-28T09:30:00Z")
        Instant at) {

    /** The longest note of a correction or retraction; citations of the article carry it as it was given. */
    public static final int MAX_NOTE = 2000;
}
