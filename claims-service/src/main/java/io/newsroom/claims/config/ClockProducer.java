package io.newsroom.claims.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

public class ClockProducer {

    // Server time for recordedAt and supersededAt; one place to change it.
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
