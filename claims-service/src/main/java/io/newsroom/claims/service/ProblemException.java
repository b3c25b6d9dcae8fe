package io.newsroom.claims.service;

import java.util.List;

/**
 * A request that breaks a rule, with the HTTP status and problem type it answers with. The one
 * exception mapper turns it into an RFC 9457 body; services stay free of HTTP types.
 */
public class ProblemException extends RuntimeException {

    public record Violation(String field, String message) {
    }

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;

    public ProblemException(int status, String slug, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "The request cannot be read", detail, null);
    }

    public static ProblemException badParameter(String parameter, String message) {
        return new ProblemException(400, "bad-parameter", "A parameter cannot be read",
                parameter + ": " + message, List.of(new Violation(parameter, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail, null);
    }

    public static ProblemException staleVersion(String detail) {
        return new ProblemException(412, "stale-version", "The resource changed since it was read", detail, null);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(422, "validation", "The request breaks a rule",
                field + ": " + message, List.of(new Violation(field, message)));
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(422, slug, title, detail, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
