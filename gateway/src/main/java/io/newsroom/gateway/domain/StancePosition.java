package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether an actor supports or disputes a claim")
public enum StancePosition {
    SUPPORTS, DISPUTES
}
