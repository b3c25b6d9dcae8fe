package io.newsroom.gateway.mapping;

import java.util.Locale;

/**
 * The id of a fact's element on the reader page: what the page's own links and each ClaimReview's {@code url} point
 * to, so both are written by this one rule and cannot drift apart. Pure.
 */
public final class ReaderAnchors {

    private ReaderAnchors() {
    }

    /** @return the anchor of a claim's element, or null for a claim without an id */
    public static String claim(String claimId) {
        return of("claim", claimId);
    }

    /** @return the anchor of an event's row, or null for an event without an id */
    public static String event(String eventId) {
        return of("event", eventId);
    }

    /** An id as HTML ids and URL fragments take it without escaping: lower-case letters, digits and hyphens. */
    public static String of(String prefix, String id) {
        if (id == null) {
            return null;
        }
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return prefix + "-" + slug;
    }
}
