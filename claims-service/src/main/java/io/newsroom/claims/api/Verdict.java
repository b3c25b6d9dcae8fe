package io.newsroom.claims.api;

import io.newsroom.claims.domain.Rating;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verdict", description = "The desk's editorial rating of a claim; independent of stances and status")
public record Verdict(@Schema(required = true) Rating rating,
                      @Schema(required = true, description = "Why the claim earns this rating") String explanation,
                      @Schema(required = true, description = "Who reviewed it") String reviewer,
                      @Schema(required = true, description = "When the review was made") Instant reviewedAt,
                      @Schema(required = true, description = "When this service recorded it") Instant recordedAt) {
}
