package io.newsroom.claims.security;

import io.newsroom.claims.api.Revision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a revision names: the caller of the request being served, as its token names them. Providers
 * differ in what they fill in, so the name falls back from the {@code name} claim to
 * {@code preferred_username} to the subject, and is never empty.
 */
@ApplicationScoped
public class Authors {

    private final JsonWebToken caller;

    public Authors(JsonWebToken caller) {
        this.caller = caller;
    }

    public Revision.Author current() {
        String subject = text(caller.getSubject());
        if (subject == null) {
            // Writes all need a role, so a caller without a subject has a token from a provider that leaves it out.
            subject = text(caller.getName());
        }
        String name = text(caller.getClaim("name"));
        if (name == null) {
            name = text(caller.getClaim("preferred_username"));
        }
        subject = subject == null ? "unknown" : subject;
        return new Revision.Author(subject, name == null ? subject : name);
    }

    private static String text(Object claim) {
        String value = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        return value == null || value.isBlank() ? null : value.strip();
    }
}
