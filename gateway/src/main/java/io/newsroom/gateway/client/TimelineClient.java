package io.newsroom.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventRelation;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Story;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * The timeline-service as the gateway calls it. Reads retry (they are idempotent); every call has a timeout and
 * its own named breaker, and a refusal (4xx) neither retries nor trips a breaker.
 */
@ApplicationScoped
public class TimelineClient {

    static final String SERVICE = "timeline-service";

    private final TimelineApi api;

    public TimelineClient(@RestClient TimelineApi api) {
        this.api = api;
    }

    /** @return the story, or a null item when the timeline-service does not know it */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-find-story")
    public Uni<Story> findStory(String storyId) {
        return Failures.nullOnNotFound(SERVICE, api.getStory(storyId));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-events")
    public Uni<Page<Event>> events(String storyId, String after, int limit) {
        return Failures.translated(SERVICE, api.listEvents(storyId, after, limit));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-relations")
    public Uni<Page<EventRelation>> relations(String storyId, String after, int limit) {
        return Failures.translated(SERVICE, api.listRelations(storyId, after, limit));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-articles")
    public Uni<Page<Article>> articles(String storyId, String after, int limit) {
        return Failures.translated(SERVICE, api.listArticles(storyId, after, limit));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-outlets")
    public Uni<Page<Outlet>> outlets(String after, int limit) {
        return Failures.translated(SERVICE, api.listOutlets(after, limit));
    }
}
