package io.newsroom.gateway.domain;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One article of a story's coverage")
public record Article(
        @Schema(description = "Id in the source system; on import the URL is what matches an existing article")
        String id,
        @Schema(required = true, description = "Absolute URL of the article") String url,
        @Schema(description = "Id of the outlet in the source system (see outlets)") String outletId,
        String title,
        @Schema(required = true) Instant publishedAt,
        @Schema(description = "IANA zone the article was published in, used to resolve relative phrases",
                examples = "Europe/Kyiv")
        String zone) {
}
