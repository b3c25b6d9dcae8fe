package io.newsroom.timeline.api;

import io.newsroom.stylebook.Precision;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A relative phrase resolved to an EDTF date.")
public record ResolvedDate(
        @Schema(required = true, example = "2025-W49~")
        String edtf,
        @Schema(required = true, description = "How precisely the phrase names the date: a vague phrase keeps its unit (WEEK for"
                + " 'early next week').")
        Precision precision,
        @Schema(required = true)
        Instant earliest,
        @Schema(required = true)
        Instant latest,
        @Schema(required = true, description = "The phrase was vague ('early', 'later', 'in the coming days'): the date is marked ~.")
        boolean approximate,
        @Schema(required = true)
        String phrase,
        @Schema(required = true, description = "The anchor as used; an article anchor comes back with the article's time and zone.")
        Anchor anchor) {
}
