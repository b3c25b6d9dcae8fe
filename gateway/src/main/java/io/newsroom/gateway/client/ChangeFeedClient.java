package io.newsroom.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.newsroom.gateway.domain.ChangeSource;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * The two services' change feeds as the gateway reads them, for a story's merged feed and for the webhook
 * dispatcher. A page read is idempotent, so it retries once; a refusal (a position the feed does not know) neither
 * retries nor trips the breaker. Each change comes back naming the service it is from.
 */
@Timeout(value = 1, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
        skipOn = ServiceRejectedException.class)
@ApplicationScoped
public class ChangeFeedClient {

    private final TimelineChangesApi timeline;
    private final ClaimsChangesApi claims;

    public ChangeFeedClient(@RestClient TimelineChangesApi timeline, @RestClient ClaimsChangesApi claims) {
        this.timeline = timeline;
        this.claims = claims;
    }

    /**
     * @param after         the position to read after (0 for the start)
     * @param storyId       one story's changes, or null for the whole feed
     * @param types         comma-separated exact types, or null for all
     * @param authorization the Authorization header to read with, or null for the caller's
     */
    @CircuitBreakerName(TimelineClient.SERVICE + "-changes")
    public Uni<ChangePage> timeline(long after, String storyId, String types, int limit, String authorization) {
        return Failures.translated(TimelineClient.SERVICE,
                timeline.changes(Long.toString(after), storyId, types, limit, authorization)
                .map(page -> named(page, ChangeSource.TIMELINE)));
    }

    @CircuitBreakerName(ClaimsClient.SERVICE + "-changes")
    public Uni<ChangePage> claims(long after, String storyId, String types, int limit, String authorization) {
        return Failures.translated(ClaimsClient.SERVICE,
                claims.changes(Long.toString(after), storyId, types, limit, authorization)
                .map(page -> named(page, ChangeSource.CLAIMS)));
    }

    private static ChangePage named(ChangePage page, ChangeSource source) {
        return new ChangePage(page.changes().stream().map(change -> change.from(source)).toList(), page.next());
    }
}
