package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Location;
import io.newsroom.gateway.domain.Participant;

@Schema(description = "One event on the story's timeline")
public record TimelineEvent(
        String id,
        String title,
        String description,
        @Schema(description = "MEETING, STATEMENT, PROPOSAL, MILITARY, LEGAL or OTHER") String kind,
        EdtfDate when,
        EdtfDate end,
        Location location,
        List<Participant> participants,
        @Schema(description = "SCHEDULED, OCCURRED, POSTPONED, RESCHEDULED or CANCELLED") String status,
        @Schema(description = "True when the event has not happened yet (scheduled, postponed or rescheduled)")
        boolean upcoming,
        List<Citation> citations,
        @Schema(description = "Claims made at this event") List<ClaimRef> claims) {
}
