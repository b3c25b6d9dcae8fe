package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The fact-check desk's rating, from TRUE to FALSE; UNVERIFIABLE when the evidence "
        + "available cannot settle the claim.")
public enum Rating {
    TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNVERIFIABLE
}
