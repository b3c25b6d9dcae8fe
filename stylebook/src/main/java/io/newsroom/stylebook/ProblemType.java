package io.newsroom.stylebook;

/**
 * The catalogue of failures, one slug, title and status each, the same in every service: a client
 * handles {@code urn:newsroom:problem:stale-version} once, whichever service answered it. Each
 * service's single exception mapper renders these and nothing else.
 */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "The request cannot be read"),
    UNKNOWN_FIELD(400, "unknown-field", "The body has a field this operation does not take"),
    UNKNOWN_PARAMETER(400, "unknown-parameter", "The request has a query parameter this operation does not take"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "The token's roles do not allow this"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The path does not support this method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "The service cannot answer in the format asked for"),
    CONFLICT(409, "conflict", "It conflicts with what is stored"),
    CHANGES_PRUNED(410, "changes-pruned", "Changes after the cursor were pruned; some were missed"),
    STALE_VERSION(412, "stale-version", "The resource changed since it was read"),
    TOO_LARGE(413, "too-large", "The request is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request line is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The body is in a format the operation does not take"),
    VALIDATION(422, "validation", "The request breaks a rule"),
    REFERENCE(422, "reference", "The request refers to something that does not exist"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for another request"),
    UNRESOLVABLE_PHRASE(422, "unresolvable-phrase", "The relative date cannot be resolved"),
    TRANSITION_REFUSED(422, "transition-refused", "The event cannot change to that status"),
    PART_OF_CYCLE(422, "part-of-cycle", "The relation would make a cycle"),
    SELF_STANCE(422, "self-stance", "A claimant cannot take a stance on their own claim"),
    INVALID_BUNDLE(422, "invalid-bundle", "The bundle breaks a rule"),
    IF_MATCH_REQUIRED(428, "if-match-required", "The request must say which version it changes"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
    INTERNAL(500, "internal", "The service failed"),
    UNAVAILABLE(503, "unavailable", "The service cannot answer now; retry later");

    public static final String URN_PREFIX = "urn:newsroom:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
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

    /** The problem's {@code type} member, e.g. {@code urn:newsroom:problem:not-found}. */
    public String uri() {
        return URN_PREFIX + slug;
    }

    /** Seconds a client should wait before retrying ({@code Retry-After}), for failures a retry can cure; else null. */
    public String retryAfter() {
        return this == UNAVAILABLE ? "5" : null;
    }

    /** The type a bare HTTP status stands for, when the framework refused a request before any service code ran. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> STALE_VERSION;
            case 413 -> TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION;
            case 428 -> IF_MATCH_REQUIRED;
            case 431 -> HEADERS_TOO_LARGE;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
