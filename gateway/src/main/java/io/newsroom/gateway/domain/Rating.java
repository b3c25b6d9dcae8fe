package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The desk's verdict on a claim, on a fixed scale; UNVERIFIABLE is off the scale")
public enum Rating {
    TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNVERIFIABLE
}
