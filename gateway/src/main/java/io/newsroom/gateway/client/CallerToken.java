package io.newsroom.gateway.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Every call to a service is made on behalf of the gateway's caller, with the caller's own bearer token: the gateway
 * holds no credentials, so a service decides with the caller's roles (an editor may import, a fact-checker give
 * verdicts) and its revisions name the caller, not the gateway. Registered on both generated clients in
 * application.properties.
 * <p>
 * The token goes on every call the caller's request makes, reads included: reads need it when the newsroom makes
 * them private, and a service whose reads are public ignores it. The generated clients' own bearer support sends a
 * token only on the operations a document marks as secured, which are the writes; one filter for every call keeps
 * a single way of doing it. A call made outside any request (the webhook
 * dispatcher's reads of the feeds) borrows no one's: it sends the token it was given (newsroom.webhooks.feed-token),
 * or none.
 */
public class CallerToken implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext call) {
        if (call.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        String token = callersAuthorization();
        if (token != null) {
            call.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, token);
        }
    }

    /** @return the Authorization header of the request being served, or null outside one or when it sent none */
    public static String callersAuthorization() {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return null;
        }
        // A request context is also active outside HTTP requests (a scheduled round of the webhook dispatcher), with
        // no request to take a token from: such calls go out without one.
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (current == null) {
            return null;
        }
        String authorization = current.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization == null || authorization.isBlank() ? null : authorization;
    }
}
