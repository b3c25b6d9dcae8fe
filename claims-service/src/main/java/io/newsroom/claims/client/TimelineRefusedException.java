package io.newsroom.claims.client;

/**
 * timeline-service refused a check with a 4xx other than 404: it answered, so it is up, and asking
 * again would be refused again. It neither trips the breaker nor passes as "does not exist".
 */
public class TimelineRefusedException extends RuntimeException {

    private final int status;

    public TimelineRefusedException(int status) {
        super("timeline-service answered " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
