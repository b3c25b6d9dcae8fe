package io.newsroom.gateway.domain;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where something was published; the services normalise the URL so one article matches "
        + "across them.")
public record Citation(
        @Schema(required = true, description = "Absolute http(s) URL of the article") String url,
        @Schema(description = "Name of the outlet") String outlet,
        @Schema(description = "Headline of the article") String title,
        @Schema(description = "When the article was published (UTC)") Instant publishedAt,
        @Schema(description = "The passage quoted from it") String quote) {
}
