package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How precisely a date is known. An interval carries the coarser precision of its two ends.")
public enum Precision {
    YEAR, MONTH, WEEK, DAY, MINUTE, SECOND;

    Precision coarser(Precision other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
