package io.newsroom.timeline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article to add to a story's coverage.")
public record ArticleInput(
        @Schema(description = "Absolute http(s) URL; normalised before it is stored.", required = true)
        @NotBlank @Size(max = 2048)
        String url,
        @Schema(description = "The outlet; when absent it is found by the URL's domain (also without 'www.' and"
                + " from parent domains). An article without outlet counts as UNRATED.")
        UUID outletId,
        @Size(max = 500)
        String title,
        @Schema(required = true)
        @NotNull
        Instant publishedAt,
        @Schema(description = "IANA time zone id.", example = "America/New_York")
        @Size(max = 64)
        String zone) {
}
