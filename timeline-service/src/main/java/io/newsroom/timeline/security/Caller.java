package io.newsroom.timeline.security;

import io.newsroom.timeline.api.Author;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request, as a revision names them. */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The token's subject and name. The principal's own name is whatever claim the provider is
     * configured to name callers by (often preferred_username), so the subject is read from the token.
     */
    public Author author() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return new Author(token.getSubject(), firstOf(token.getClaim("name"), token.getClaim("preferred_username"),
                    token.getSubject()));
        }
        // Writes are guarded by roles, so a write always has a caller; this covers a provider whose tokens are opaque.
        String name = identity.getPrincipal().getName();
        return new Author(name, name);
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
