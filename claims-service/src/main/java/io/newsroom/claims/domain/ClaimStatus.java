package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Derived from the current stances, never set directly. UNCHALLENGED: no current stance. "
        + "SUPPORTED: only supporting stances. DISPUTED: only disputing stances. CONTESTED: both.")
public enum ClaimStatus {
    UNCHALLENGED, SUPPORTED, DISPUTED, CONTESTED;

    /** How many statuses there are: a filter names each at most once (a constant, for annotations). */
    public static final int COUNT = 4;
}
