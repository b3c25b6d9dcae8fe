package io.newsroom.timeline.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Recording instants at the precision PostgreSQL keeps, so what a response shows equals what is stored. */
final class RecordingClock {

    private RecordingClock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
