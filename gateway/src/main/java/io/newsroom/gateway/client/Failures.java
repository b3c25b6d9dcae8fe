package io.newsroom.gateway.client;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

/** Turns a service's refusal (4xx) into a {@link ServiceRejectedException}; other failures stay as they are. */
final class Failures {

    private Failures() {
    }

    static Throwable translate(String service, Throwable failure) {
        if (failure instanceof IllegalArgumentException invalid) {
            // Raised while building a request from a bundle item (an enum value the contract does not have):
            // the service would refuse it, so it is treated as that refusal without sending anything.
            return new ServiceRejectedException(service, 422, invalid.getMessage());
        }
        if (failure instanceof WebApplicationException wae && wae.getResponse() != null) {
            int status = wae.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                return new ServiceRejectedException(service, status, problemDetail(wae.getResponse()));
            }
        }
        return failure;
    }

    /** A read of one resource: 404 is an answer (null), not a failure. */
    static <T> Uni<T> nullOnNotFound(String service, Uni<T> call) {
        return call.onFailure(f -> isNotFound(f)).recoverWithNull()
                .onFailure().transform(f -> translate(service, f));
    }

    static <T> Uni<T> translated(String service, Uni<T> call) {
        return call.onFailure().transform(f -> translate(service, f));
    }

    static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException wae && wae.getResponse() != null
                && wae.getResponse().getStatus() == 404;
    }

    private static String problemDetail(Response response) {
        try {
            if (response.hasEntity()) {
                String body = response.readEntity(String.class);
                // Problem bodies are short; anything else is cut so a report stays readable.
                return body.length() > 2000 ? body.substring(0, 2000) : body;
            }
        } catch (RuntimeException unreadable) {
            return "HTTP " + response.getStatus() + " (body unreadable: " + unreadable.getClass().getSimpleName() + ")";
        }
        return null;
    }
}
