package io.newsroom.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.stylebook.ProblemType;

/** Failures the framework or the fault tolerance raise, which the resource tests cannot provoke on demand. */
class ProblemMapperTest {

    private static final ProblemMapper MAPPER = new ProblemMapper();
    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] { UriInfo.class }, (proxy, method, args) -> {
                if (method.getName().equals("getPath")) {
                    return "/api/stories/s";
                }
                throw new IllegalStateException("the mapper reads only the request path, not " + method.getName());
            });

    private static Problem problem(Response response) {
        return (Problem) response.getEntity();
    }

    @Test
    void aFrameworkUnavailableKeepsItsRetryAfter() {
        Response r = MAPPER.web(new ServiceUnavailableException(7L), URI);
        assertEquals(503, r.getStatus());
        assertEquals(ProblemType.UNAVAILABLE.uri(), problem(r).type());
        assertEquals("7", r.getHeaderString("Retry-After"));
    }

    @Test
    void frameworkRefusalsTakeTheCatalogueTypeOfTheirStatus() {
        Problem p = problem(MAPPER.web(new NotAllowedException("GET"), URI));
        assertEquals(ProblemType.METHOD_NOT_ALLOWED.uri(), p.type());
        assertEquals(ProblemType.METHOD_NOT_ALLOWED.title(), p.title());
        assertEquals(405, p.status());
        assertNull(p.errors(), "no empty errors list");
        assertEquals("/api/stories/s", p.instance());
    }

    @Test
    void anOpenBreakerIsUnavailableNotAnInternalError() {
        Response r = MAPPER.faultTolerance(new CircuitBreakerOpenException("open"), URI);
        assertEquals(503, r.getStatus());
        assertEquals(ProblemType.UNAVAILABLE.uri(), problem(r).type());
        assertEquals("5", r.getHeaderString("Retry-After"));
    }

    /** The gateway's own database (ingestions) lost under a request: retry later, as the services answer it. */
    @Test
    void aLostDatabaseIsUnavailableAndSaysWhenToRetry() {
        Response r = MAPPER.unexpected(new java.util.concurrent.CompletionException(new java.net.ConnectException("Connection refused")), URI);
        assertEquals(503, r.getStatus());
        assertEquals(ProblemType.UNAVAILABLE.uri(), problem(r).type());
        assertEquals("5", r.getHeaderString("Retry-After"));
    }

    @Test
    void aValueTheDatabaseCannotStoreBreaksARuleAndABugStaysInternal() {
        Response stored = MAPPER.unexpected(new IllegalStateException("flush failed",
                new io.vertx.pgclient.PgException("invalid byte sequence", "ERROR", "22021", "detail")), URI);
        assertEquals(422, stored.getStatus());
        assertEquals(500, MAPPER.unexpected(new IllegalStateException("a bug"), URI).getStatus());
    }

    @Test
    void aServiceRefusalKeepsItsKindButNotItsBody() {
        Problem p = problem(MAPPER.rejectedDownstream(new ServiceRejectedException("claims-service", 409,
                "{\"type\":\"urn:newsroom:problem:conflict\",\"detail\":\"SQL state 23505\"}"), URI));
        assertEquals(ProblemType.CONFLICT.uri(), p.type());
        assertEquals("claims-service refused the request with status 409", p.detail());
    }
}
