package io.newsroom.claims.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database that is restarting or refusing connections is a 503 with Retry-After, never a 500: a client retries a
 * 503 and gives up on a 500. The failures are the driver's own, as Hibernate Reactive and the pool hand them up.
 */
class DatabaseLostTest {

    private static final UriInfo URI_INFO = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                if (method.getName().equals("getRequestUri")) {
                    return URI.create("http://localhost/api/x");
                }
                throw new IllegalStateException("the mapper reads only the request URI, not " + method.getName());
            });

    @ParameterizedTest
    @ValueSource(strings = {"closed", "refused"})
    void aLostConnectionIsUnavailableAndSaysWhenToRetry(String how) {
        Throwable failure = how.equals("closed") ? new CompletionException(ClosedConnectionException.INSTANCE)
                : new CompletionException(new ConnectException("Connection refused"));
        Response response = new ProblemMapper().unexpected(failure, URI_INFO);
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals("application/problem+json", response.getMediaType().toString());
    }
}
