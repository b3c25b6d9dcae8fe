package io.newsroom.timeline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A relative date phrase from news copy with its anchor. Understood: today, yesterday,"
        + " tomorrow, 'N days ago' (digits or words), 'in N days', 'this/next/last week' (an ISO week),"
        + " 'early/mid/late/later this/next/last week' (that ISO week, approximate: 2025-W49~), 'N weeks ago',"
        + " a weekday ('Thursday' and 'on Thursday' = the nearest one on or before the anchor, as news reports"
        + " the past; 'next Thursday' = the first after it; 'last Thursday' = the last before it; 'this"
        + " Thursday' = the one in the anchor's week), 'this/next/last month', 'early/later this/next/last month'"
        + " (that month, approximate: 2025-11~), 'this/next/last year', 'in the coming days/weeks',"
        + " '27 November [2025]', 'in August [2025]' (without a year: the latest one that has begun), 'in 2014'."
        + " Anything else is refused with 422.")
public record RelativeDate(
        @Schema(required = true, example = "early next week")
        @NotBlank @Size(max = 100)
        String phrase,
        @Schema(required = true)
        @NotNull @Valid
        Anchor anchor) {
}
