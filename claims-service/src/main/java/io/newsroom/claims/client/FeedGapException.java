package io.newsroom.claims.client;

/**
 * timeline-service answered 410: the entries after the position asked for were pruned (the feed keeps
 * entries for a retention) before this service read them, so what they said is lost to it.
 */
public class FeedGapException extends RuntimeException {

    private final String after;

    public FeedGapException(String after) {
        super("timeline-service no longer holds the changes after " + after, null, false, false);
        this.after = after;
    }

    public String after() {
        return after;
    }
}
