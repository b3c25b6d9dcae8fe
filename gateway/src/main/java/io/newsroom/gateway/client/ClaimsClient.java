package io.newsroom.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Claim;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/** The claims-service as the gateway calls it; same policy as {@link TimelineClient}. */
@ApplicationScoped
public class ClaimsClient {

    static final String SERVICE = "claims-service";

    private final ClaimsApi api;

    public ClaimsClient(@RestClient ClaimsApi api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ServiceRejectedException.class)
    @CircuitBreakerName("claims-claims")
    public Uni<Page<Claim>> claims(String storyId, String after, int limit) {
        return Failures.translated(SERVICE, api.listClaims(storyId, after, limit));
    }

    /** @return the actor, or a null item when the claims-service does not know it */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ServiceRejectedException.class)
    @CircuitBreakerName("claims-find-actor")
    public Uni<Actor> findActor(String actorId) {
        return Failures.nullOnNotFound(SERVICE, api.getActor(actorId));
    }
}
