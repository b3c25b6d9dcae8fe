package io.newsroom.claims.api;

import io.newsroom.stylebook.Precision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EdtfDate", description = "A date at the precision known, as EDTF (ISO 8601-2). On input only "
        + "'edtf' is read; the other fields are derived from it.")
public record EdtfDate(
        @NotBlank @Size(max = 64)
        @Schema(required = true, description = "2014, 2025-08, 2025-W48, 2025-08-15, 2025-11-27T10:00Z, an interval "
                + "such as 2025-11-20/2025-11-23, optionally qualified with ~ (approximate), ? (uncertain) or % (both)",
                examples = "2025-11-27")
        String edtf,
        @Schema(readOnly = true, description = "How precisely the date is known: YEAR (2014), MONTH (2025-08), WEEK "
                + "(ISO week, Monday to Sunday), DAY (the whole UTC day), MINUTE, SECOND. An interval has the "
                + "precision of its coarser end.") Precision precision,
        @Schema(readOnly = true, description = "First instant the date can mean (UTC, inclusive, whole seconds)") Instant earliest,
        @Schema(readOnly = true, description = "Last instant the date can mean (UTC, inclusive, whole seconds)") Instant latest,
        @Schema(readOnly = true, description = "The date is approximate (~ or %)") boolean approximate,
        @Schema(readOnly = true, description = "The date is uncertain (? or %)") boolean uncertain) {
}
