package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.StancePosition;

@Schema(description = "An actor's position on a claim")
public record StanceView(
        ActorRef actor,
        StancePosition position,
        String summary,
        @Schema(description = "The day the stance was taken, as a date a reader sees") EdtfDate madeAt,
        List<Citation> evidence,
        @Schema(description = "When the stance was taken (UTC)") Instant takenAt) {
}
