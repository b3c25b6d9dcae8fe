package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A date at the precision known, as EDTF (ISO 8601-2) with its derived bounds. "
        + "On import only 'edtf' is read; the services derive the rest.")
public record EdtfDate(
        @Schema(required = true, description = "2014, 2025-08, 2025-W48, 2025-08-15, 2025-11-27T10:00Z, an interval "
                + "such as 2025-11-20/2025-11-23, optionally with ~ (approximate), ? (uncertain) or % (both)",
                examples = "2025-W48")
        @Size(max = 64) String edtf,
        @Schema(description = "How precisely the date is known, as the owning service reports it (an interval: its "
                + "coarser end's)",
                enumeration = {"YEAR", "MONTH", "WEEK", "DAY", "MINUTE", "SECOND"})
        String precision,
        @Schema(description = "First instant the date can mean (UTC)") Instant earliest,
        @Schema(description = "Last instant the date can mean (UTC)") Instant latest,
        @Schema(description = "The date is approximate") boolean approximate,
        @Schema(description = "The date is uncertain") boolean uncertain) {

    public static EdtfDate of(String edtf) {
        return new EdtfDate(edtf, null, null, null, false, false);
    }
}
