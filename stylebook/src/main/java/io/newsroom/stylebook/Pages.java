package io.newsroom.stylebook;

/** The page size of every list. Limits are part of the API contract, so every list has the same ones. */
public final class Pages {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Pages() {
    }

    /** @return the limit asked for, or the default without one; 422 naming {@code limit} outside 1 to 200 */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
