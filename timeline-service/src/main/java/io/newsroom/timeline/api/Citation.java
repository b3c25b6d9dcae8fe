package io.newsroom.timeline.api;

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
        @Schema(description = "Name of the outlet.", example = "Associated Press")
        @Size(max = 200)
        String outlet,
        @Size(max = 500)
        String title,
        Instant publishedAt,
        @Schema(description = "The words of the article that support the fact.")
        @Size(max = 5000)
        String quote) {
}
