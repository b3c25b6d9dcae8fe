package io.newsroom.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.newsroom.gateway.client.claims.api.ClaimsApi;
import io.newsroom.gateway.client.timeline.api.ReviewApi;
import io.newsroom.gateway.mapping.ClaimsContractMapper;
import io.newsroom.gateway.mapping.TimelineContractMapper;
import io.newsroom.gateway.view.ReviewItem;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * The two services' review lists, over the clients generated from their contracts, with the read policy of
 * {@link TimelineClient} and {@link ClaimsClient}: a call waits 1 s and a read retries once; a refusal neither retries
 * nor trips the breaker, and each list has a breaker of its own.
 */
@Timeout(value = 1, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
        skipOn = ServiceRejectedException.class)
@ApplicationScoped
public class ReviewClient {

    private final ReviewApi timeline;
    private final ClaimsApi claims;

    public ReviewClient(@RestClient ReviewApi timeline, @RestClient ClaimsApi claims) {
        this.timeline = timeline;
        this.claims = claims;
    }

    /** A page of the story's events to review; a 404 ({@link ServiceRejectedException}) when the story is unknown. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(TimelineClient.SERVICE + "-review")
    public Uni<Page<ReviewItem>> events(String storyId, String after, int limit) {
        return Failures.translated(TimelineClient.SERVICE, timeline.listStoryReview(storyId, after, limit)
                .map(p -> new Page<>(p == null || p.getItems() == null ? List.of()
                        : p.getItems().stream().map(TimelineContractMapper::reviewItem).toList(), p == null ? null : p.getNextCursor())));
    }

    /** A page of the story's claims to review. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(ClaimsClient.SERVICE + "-review")
    public Uni<Page<ReviewItem>> claims(String storyId, String after, int limit) {
        return Failures.translated(ClaimsClient.SERVICE, claims.listClaimsToReview(storyId, after, limit)
                .map(p -> new Page<>(p == null || p.getItems() == null ? List.of()
                        : p.getItems().stream().map(ClaimsContractMapper::reviewItem).toList(), p == null ? null : p.getNextCursor())));
    }
}
