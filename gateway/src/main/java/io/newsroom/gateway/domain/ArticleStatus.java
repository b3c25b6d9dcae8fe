package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a cited article stands: as published, corrected by its outlet (with the correction's "
        + "note and time), or retracted (withdrawn, with the note and time)")
public enum ArticleStatus {
    PUBLISHED, CORRECTED, RETRACTED;

    /** The outlet changed or withdrew what was cited, so the fact that rests on it needs a look. */
    public boolean changed() {
        return this != PUBLISHED;
    }
}
