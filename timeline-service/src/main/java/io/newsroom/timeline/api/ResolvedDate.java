package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.Precision;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A relative phrase resolved to an EDTF date.")
public record ResolvedDate(
        @Schema(example = "2025-12-01/2025-12-03")
        String edtf,
        Precision precision,
        Instant earliest,
        Instant latest,
        String phrase,
        Anchor anchor) {
}
