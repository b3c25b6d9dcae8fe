package io.newsroom.claims.api;

import io.newsroom.claims.domain.Rating;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verdict", description = "The desk's editorial rating of a claim; independent of stances and status")
public record Verdict(Rating rating, String explanation, String reviewer,
                      @Schema(description = "When the review was made") Instant reviewedAt,
                      @Schema(description = "When this service recorded it") Instant recordedAt) {
}
