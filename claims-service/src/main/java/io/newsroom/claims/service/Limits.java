package io.newsroom.claims.service;

/** Page sizes shared by every list, so every list behaves the same. */
public final class Limits {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private Limits() {
    }

    public static int check(Integer limit) {
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX);
        }
        return limit;
    }
}
