package io.newsroom.timeline.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What sort of thing happened. MEETING: talks, summits, visits. STATEMENT: remarks,"
        + " speeches, interviews. PROPOSAL: plans and drafts put forward. MILITARY: strikes, offensives,"
        + " troop movements. LEGAL: laws, court rulings, sanctions, annexations. OTHER: anything else.")
public enum EventKind {
    MEETING, STATEMENT, PROPOSAL, MILITARY, LEGAL, OTHER;

    /** How many kinds there are: a filter names each at most once (a constant, for annotations). */
    public static final int COUNT = 6;
}
