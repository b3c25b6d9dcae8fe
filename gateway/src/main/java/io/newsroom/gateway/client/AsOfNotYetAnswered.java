package io.newsroom.gateway.client;

import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * A read "as of" an instant that a service's committed contract does not take yet: the gateway refuses it (422
 * naming asOf) instead of passing today's record off as the record of then. Each use goes once the service's
 * document gains asOf on that operation, when the generated client takes it (the build breaks at the call, as the
 * generated parameters are positional, so none is missed). Refused before any call, so no breaker counts it.
 */
public final class AsOfNotYetAnswered {

    private AsOfNotYetAnswered() {
    }

    public static <T> Uni<T> by(String service, String read) {
        return Uni.createFrom().failure(ProblemException.invalid("asOf", service + " cannot yet answer " + read
                + " as of a past time; ask without asOf for the record as it stands"));
    }
}
