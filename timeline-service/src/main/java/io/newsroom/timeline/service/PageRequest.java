package io.newsroom.timeline.service;

/** The bounded 'limit' and opaque 'after' of every list; limits are part of the API contract. */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(String limit, String after) {
        int parsed = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                parsed = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.badParameter("limit", "'limit' must be a whole number");
            }
            if (parsed < 1 || parsed > MAX_LIMIT) {
                throw ProblemException.invalid("limit", "'limit' must be between 1 and " + MAX_LIMIT);
            }
        }
        return new PageRequest(parsed, after == null || after.isBlank() ? null : after);
    }
}
