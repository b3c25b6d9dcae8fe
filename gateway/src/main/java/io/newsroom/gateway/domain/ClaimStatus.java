package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim's status, derived by the claims-service from its stances")
public enum ClaimStatus {
    UNCHALLENGED, SUPPORTED, DISPUTED, CONTESTED;

    /** Someone disputes it: it belongs on the disputes board. */
    public boolean disputed() {
        return this == DISPUTED || this == CONTESTED;
    }
}
