package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How one claim relates to another. CONTRADICTS: both cannot hold at once (it is symmetric, "
        + "so one relation covers both directions). REPEATS: the claim restates the other, earlier one.")
public enum RelationType {
    CONTRADICTS, REPEATS
}
