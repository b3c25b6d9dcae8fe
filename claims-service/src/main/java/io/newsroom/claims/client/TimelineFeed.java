package io.newsroom.claims.client;

import io.newsroom.claims.config.ClaimsConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * timeline-service's change feed as the follower reads it. No retry and no breaker: the follower asks again
 * on its next round, which is the back-off, and nobody waits on the answer. A page is asked for with the
 * follower's own credential when one is configured (reads may be private: NEWSROOM_PUBLIC_READ=false).
 */
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@ApplicationScoped
public class TimelineFeed {

    private final TimelineFeedApi feed;
    private final String authorization;

    TimelineFeed(@RestClient TimelineFeedApi feed, ClaimsConfig config) {
        this.feed = feed;
        this.authorization = config.follow().token().map(token -> "Bearer " + token).orElse(null);
    }

    /**
     * The changes of these types after {@code after} (null: from the oldest entry the feed still holds).
     * Fails with {@link FeedGapException} when the feed no longer holds the entries after {@code after}.
     */
    public Uni<TimelineChanges> changes(String after, List<String> types, int limit) {
        return feed.changes(after, String.join(",", types), limit, authorization)
                .onFailure(failure -> failure instanceof WebApplicationException web && web.getResponse() != null
                        && web.getResponse().getStatus() == 410)
                .transform(failure -> new FeedGapException(after));
    }
}
