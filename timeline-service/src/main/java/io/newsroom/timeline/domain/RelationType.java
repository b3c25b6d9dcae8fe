package io.newsroom.timeline.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the 'from' event relates to the 'to' event. PART_OF: from is a part of to (the"
        + " Geneva talks are part of the negotiations); cycles are refused. FOLLOWS: from comes after and"
        + " because of to (a visit follows an announcement). REVISES: from is a revised version of to (the"
        + " 19-point plan revises the 28-point plan). CONTRADICTS: the two accounts cannot both be true.")
public enum RelationType {
    PART_OF, FOLLOWS, REVISES, CONTRADICTS
}
