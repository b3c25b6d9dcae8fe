package io.newsroom.gateway.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;

/**
 * Notes which creates a service answered from its idempotency store, in this request's {@link Replays}.
 * Registered on both generated clients in application.properties.
 */
public class ReplayedAnswers implements ClientResponseFilter {

    static final String KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final Logger LOG = Logger.getLogger(ReplayedAnswers.class);

    @Override
    public void filter(ClientRequestContext call, ClientResponseContext answer) {
        String key = call.getHeaderString(KEY);
        if (key == null || !"true".equalsIgnoreCase(answer.getHeaderString(REPLAYED))) {
            return;
        }
        if (!Arc.container().requestContext().isActive()) {
            // Creates are made only by imports, inside their request; one outside cannot be told apart.
            LOG.warnf("A replayed answer to %s %s came outside a request and is not noted", call.getMethod(), call.getUri().getPath());
            return;
        }
        Arc.container().instance(Replays.class).get().record(key);
    }
}
