package io.newsroom.claims.client;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Asks timeline-service on behalf of the caller, with the caller's own bearer token: this service holds
 * no credentials of its own, and timeline-service's reads need a token when the newsroom makes them
 * private. Registered on the generated client in application.properties. A call made outside a
 * request (none today) goes out without one.
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
        String authorization = Arc.container().instance(HttpServerRequest.class).get()
                .getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            call.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
    }
}
