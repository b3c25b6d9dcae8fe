package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of thing an event is")
public enum EventKind {
    MEETING, STATEMENT, PROPOSAL, MILITARY, LEGAL, OTHER
}
