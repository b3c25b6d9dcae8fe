package io.newsroom.gateway.security;

import io.newsroom.stylebook.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads of the gateway (story views, exports, reader pages) are public unless the newsroom says otherwise
 * ({@code NEWSROOM_PUBLIC_READ=false}, set alike on the services); then each needs at least the reader role.
 * Imports are guarded on their operation by role.
 */
@ApplicationScoped
public class ReadAccess implements HttpSecurityPolicy {

    private final boolean publicRead;

    public ReadAccess(@ConfigProperty(name = "newsroom.public-read") boolean publicRead) {
        this.publicRead = publicRead;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (publicRead) {
            return CheckResult.permit();
        }
        return identity.map(caller -> caller.hasRole(Roles.READER) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return "reads";
    }
}
