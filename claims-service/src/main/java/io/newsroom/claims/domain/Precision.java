package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How precisely a date is known. YEAR (2014), MONTH (2025-08), WEEK (ISO week, 2025-W48,"
        + " Monday to Sunday), DAY (2025-08-15, the whole UTC day), MINUTE (2025-11-27T10:00Z), SECOND"
        + " (2025-11-27T10:00:30Z). An interval has the precision of its coarser end.")
/** Declared from the coarsest to the finest, so ordinal comparison tells which is coarser. */
public enum Precision {
    YEAR, MONTH, WEEK, DAY, MINUTE, SECOND;

    Precision coarser(Precision other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
