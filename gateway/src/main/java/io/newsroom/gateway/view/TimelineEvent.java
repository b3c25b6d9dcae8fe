package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Event;

@Schema(description = "One event on the story's timeline, as the timeline-service keeps it, with the claims made at it")
public record TimelineEvent(
        @Schema(required = true) Event event,
        @Schema(description = "True when the event has not happened yet (scheduled, postponed or rescheduled)")
        boolean upcoming,
        @Schema(description = "Claims made at this event") List<ClaimRef> claims) {
}
