package io.newsroom.claims.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Citation", description = "Where something was published. The URL is normalised (scheme and host "
        + "lower-case, default port, fragment and tracking parameters such as utm_* dropped) so one article "
        + "matches across services.")
public record Citation(
        @NotBlank @Size(max = 2048) @Schema(required = true, description = "Absolute http(s) URL of the article",
                examples = "https://example.org/world/putin-bishkek")
        String url,
        @Size(max = 200) @Schema(description = "Name of the outlet", examples = "Newseum Global", nullable = true) String outlet,
        @Size(max = 500) @Schema(description = "Headline of the article", nullable = true) String title,
        @Schema(description = "When the article was published (UTC)", nullable = true) Instant publishedAt,
        @Size(max = 4000) @Schema(description = "The passage quoted from it", nullable = true) String quote,
        @Size(max = 35) @Schema(description = "BCP 47 language of the quote and title, such as en, ru or pt-BR; "
                + "full-text search stems the quote in this language", examples = "ru", nullable = true) String language,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        @Schema(readOnly = true, nullable = true, enumeration = {"CORRECTED", "RETRACTED"},
                description = "In what this service shows: the status of the cited article as timeline-service reported "
                        + "it, when it is not PUBLISHED (the evidence changed; see GET /stories/{storyId}/review). "
                        + "Never read from a request.")
        String articleStatus,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        @Schema(readOnly = true, nullable = true, description = "The outlet's correction or retraction note, with "
                + "articleStatus; as timeline-service took it, at most 2000 characters", maxLength = 2000) String articleStatusNote) {
}
