package io.newsroom.timeline.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a relative phrase is relative to: the publication of the article that used it, in the"
        + " zone of its newsroom. Give either 'articleId' (a coverage article of the story; its publication time"
        + " and zone are used) or both 'publishedAt' and 'zone'. In answers all three are filled in as used.")
public record Anchor(
        @Schema(description = "A coverage article whose publication time and zone anchor the phrase; in answers null when the"
                + " phrase was anchored by publishedAt and zone.", nullable = true)
        UUID articleId,
        @Schema(example = "2025-11-28T09:00:00Z")
        Instant publishedAt,
        @Schema(description = "IANA time zone id (Europe/Kyiv) or a UTC offset as a page prints it (+06:00, Z);"
                + " the phrase is read in this zone's calendar.", example = "Europe/Kyiv")
        @Size(max = 64)
        String zone) {
}
