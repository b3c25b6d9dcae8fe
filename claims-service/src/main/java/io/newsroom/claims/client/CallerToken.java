package io.newsroom.claims.client;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Asks timeline-service on behalf of the caller, with the caller's own bearer token: this service holds
 * no credentials of its own, and timeline-service's reads need a token when the newsroom makes them
 * private. Registered on the generated client in application.properties. A call made outside an HTTP
 * request goes out without one (the feed follower's, which sends its own when it has one).
 */
public class CallerToken implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext call) {
        if (call.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return;
        }
        // A request context is active in a scheduled job too, with no HTTP request behind it.
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (current == null) {
            return;
        }
        String authorization = current.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            call.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
    }
}
