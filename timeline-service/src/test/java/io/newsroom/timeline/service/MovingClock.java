package io.newsroom.timeline.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * The read clock of the tests: the real one until a test moves it ahead, so a test sees an event
 * turn overdue without waiting for its date. Tests that move it put it back when they end.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovingClock extends ReadClock {

    private volatile Duration ahead = Duration.ZERO;

    @Override
    public Instant now() {
        return super.now().plus(ahead);
    }

    public void moveAhead(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }
}
