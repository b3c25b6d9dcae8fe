package io.newsroom.timeline.api;

import io.newsroom.stylebook.Precision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A date at the precision it is known, as EDTF (ISO 8601-2) text. On input only edtf"
        + " is read; the other fields are derived by the service. Supported: 2014, 2025-08, 2025-W48,"
        + " 2025-08-15, 2025-11-27T10:00Z, 2025-11-27T10:00:30+02:00, intervals 2025-11-20/2025-11-23,"
        + " each end optionally followed by ~ (approximate), ? (uncertain) or % (both).")
public record DateValue(
        @Schema(required = true, example = "2025-W48")
        @NotBlank @Size(max = 64)
        String edtf,
        @Schema(readOnly = true, description = "How precisely the date is known. YEAR (2014), MONTH (2025-08), WEEK"
                + " (ISO week, 2025-W48, Monday to Sunday), DAY (2025-08-15, the whole UTC day), MINUTE"
                + " (2025-11-27T10:00Z), SECOND (2025-11-27T10:00:30Z). An interval has the precision of its coarser end.")
        Precision precision,
        @Schema(readOnly = true, description = "First instant the date allows (UTC, inclusive).", example = "2025-11-24T00:00:00Z")
        Instant earliest,
        @Schema(readOnly = true, description = "Last instant the date allows (UTC, inclusive, to the second).", example = "2025-11-30T23:59:59Z")
        Instant latest,
        @Schema(readOnly = true, description = "Marked ~ or %: the date is roughly right.")
        Boolean approximate,
        @Schema(readOnly = true, description = "Marked ? or %: the source is not sure of the date.")
        Boolean uncertain,
        @Schema(readOnly = true, nullable = true, description = "The relative phrase and anchor this date was resolved"
                + " from, when it was given as relativeWhen; null otherwise.")
        RelativeDate resolvedFrom) {

    public static DateValue of(String edtf) {
        return new DateValue(edtf, null, null, null, null, null, null);
    }
}
