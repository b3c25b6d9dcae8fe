package io.newsroom.claims.client;

import io.newsroom.claims.client.timeline.api.StoriesApi;
import io.newsroom.claims.client.timeline.api.TimelineApi;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * timeline-service as this service asks it, over the client generated from its committed document:
 * does a story exist, is an event one of a story's. A check sits in front of a write the caller is
 * waiting for, so it waits 1 s and is not retried (the client retries the write, and a 503 tells it
 * when). "Not found" is an answer, not a failure; a refusal (another 4xx) does not trip the breaker
 * either. Five failures of ten open it; after 2 s a trial call goes through, so a timeline-service that
 * comes back is asked again within seconds.
 */
@Timeout(value = 1, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
        skipOn = TimelineRefusedException.class)
@ApplicationScoped
public class TimelineClient {

    public static final String SERVICE = "timeline-service";

    private final StoriesApi stories;
    private final TimelineApi events;

    public TimelineClient(@RestClient StoriesApi stories, @RestClient TimelineApi events) {
        this.stories = stories;
        this.events = events;
    }

    /** @return whether timeline-service knows the story */
    @CircuitBreakerName(SERVICE + "-story")
    public Uni<Boolean> storyExists(String storyId) {
        return answered(stories.getStory(storyId, null).replaceWith(true));
    }

    /** @return whether the event is one of the story's */
    @CircuitBreakerName(SERVICE + "-event")
    public Uni<Boolean> eventExists(String storyId, UUID eventId) {
        return answered(events.getEvent(storyId, eventId.toString(), null).replaceWith(true));
    }

    private static Uni<Boolean> answered(Uni<Boolean> call) {
        return call.onFailure(TimelineClient::notFound).recoverWithItem(false)
                .onFailure(TimelineClient::refused)
                .transform(f -> new TimelineRefusedException(((WebApplicationException) f).getResponse().getStatus()));
    }

    private static boolean notFound(Throwable failure) {
        return status(failure) == 404;
    }

    private static boolean refused(Throwable failure) {
        int status = status(failure);
        return status >= 400 && status < 500;
    }

    private static int status(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse() != null
                ? web.getResponse().getStatus() : -1;
    }
}
