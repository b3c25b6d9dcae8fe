package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The side an actor takes on a claim. SUPPORTS: backs the claim. DISPUTES: contests it.")
public enum Position {
    SUPPORTS, DISPUTES
}
