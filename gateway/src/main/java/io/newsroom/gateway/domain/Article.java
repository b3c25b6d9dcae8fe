package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One article of a story's coverage")
public record Article(
        @Schema(description = "Id in the source system; on import the URL is what matches an existing article")
        @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true, description = "Absolute URL of the article") @Size(max = 2048) String url,
        @Schema(description = "Id of the outlet in the source system (see outlets); null when no outlet is known",
                nullable = true) @Size(max = StoryBundle.MAX_KEY_LENGTH) String outletId,
        @Schema(nullable = true, description = "Its headline; null when not given") @Size(max = 500) String title,
        @Schema(required = true) Instant publishedAt,
        @Schema(description = "IANA zone the article was published in, used to resolve relative phrases; null when not "
                + "given", examples = "Europe/Kyiv", nullable = true) @Size(max = 64) String zone) {
}
