package io.newsroom.claims.domain;

import java.util.Locale;

/** The kinds of resource whose writes leave revisions, named in revisions as {@link #key()}: "claim", "stance". */
public enum RevisedResource {
    ACTOR, CLAIM, APPEARANCE, STANCE, VERDICT, RELATION;

    /** The name revisions carry in {@code resourceType} and the database keeps in {@code revision.resource_type}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
