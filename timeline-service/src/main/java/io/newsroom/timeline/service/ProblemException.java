package io.newsroom.timeline.service;

import io.newsroom.timeline.api.FieldError;
import java.util.List;

/**
 * A failure the client can act on; the REST layer renders it as an RFC 9457 problem. Factories
 * name the HTTP meaning, so services read like the API conventions.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "The request cannot be read", detail, null);
    }

    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(400, "bad-request", "The request cannot be read", detail,
                List.of(new FieldError(parameter, detail)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "It already exists", detail, null);
    }

    public static ProblemException stale(String detail) {
        return new ProblemException(412, "stale", "The resource changed since it was read", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "validation", "The request breaks a rule", message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException rule(String slug, String title, String detail) {
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

    public List<FieldError> errors() {
        return errors;
    }
}
