package io.newsroom.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.newsroom.gateway.view.Editor;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is making the current request, named as the services name them in their revisions: the token's subject, and
 * its name (or preferred username). The gateway records it with what only it keeps (who handed in an article, who
 * accepted or rejected a candidate); the services record it themselves from the token the gateway passes on.
 */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Editor editor() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return new Editor(token.getSubject(), firstOf(token.getClaim("name"), token.getClaim("preferred_username"),
                    token.getSubject()));
        }
        // Every operation that records an editor needs a role, so there is a caller; this covers opaque tokens.
        String name = identity.getPrincipal().getName();
        return new Editor(name, name);
    }

    private static String firstOf(Object... values) {
        for (Object value : values) {
            // Claims may come as JSON-P values, whose toString keeps the quotes.
            String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }
}
