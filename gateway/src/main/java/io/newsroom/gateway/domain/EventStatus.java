package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event stands, after schema.org's EventStatusType plus OCCURRED")
public enum EventStatus {
    SCHEDULED, OCCURRED, POSTPONED, RESCHEDULED, CANCELLED;

    /** Not happened yet, but still expected to. */
    public boolean upcoming() {
        return this == SCHEDULED || this == POSTPONED || this == RESCHEDULED;
    }
}
