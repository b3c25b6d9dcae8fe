package io.newsroom.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The instant a read is answered at: whether an event is overdue is decided against it, so an event
 * turns overdue with no write. A bean rather than {@link Instant#now()} at each read, so that tests can
 * move it past an event's date instead of waiting for it.
 */
@ApplicationScoped
public class ReadClock {

    public Instant now() {
        return Instant.now();
    }
}
