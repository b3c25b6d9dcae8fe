package io.newsroom.gateway.service;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * How an ingestion or a decision fails when a service does not answer: 503 with Retry-After, never 500, since the
 * same request sent again later is the cure and creates nothing twice. A service's refusal (4xx) stays the refusal.
 */
final class Downstream {

    private Downstream() {
    }

    static <T> Uni<T> guarded(Uni<T> work, Duration budget) {
        return work.ifNoItem().after(budget)
                .failWith(() -> new ServicesUnavailableException("The services did not answer within " + budget
                        + "; send the same request again, nothing is created twice"))
                .onFailure(Downstream::unreachable)
                .transform(f -> new ServicesUnavailableException("A service or the database the gateway needs could not be "
                        + "reached (" + f.getClass().getSimpleName() + "); send the same request again in a few seconds, nothing is "
                        + "created twice"));
    }

    /**
     * Refused or reset connections, a service's own 5xx, an answer that is not the JSON its contract promises (the
     * caller's own body is read before any of this runs, so such a failure is always a service's), a call that
     * timed out outside fault tolerance.
     */
    static boolean unreachable(Throwable f) {
        for (Throwable cause = f; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProcessingException || cause instanceof IOException || cause instanceof TimeoutException
                    || cause instanceof JsonProcessingException
                    || (cause instanceof WebApplicationException web && web.getResponse() != null && web.getResponse().getStatus() >= 500)) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL's 23505: a unique constraint held, as the reactive client reports it under Hibernate's wrapping. */
    static boolean isUniqueViolation(Throwable f) {
        for (Throwable cause = f; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
