package io.newsroom.claims.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a desk narrows a story's claims by. Null fields do not filter. The 'after' fields are the
 * sort key of the last claim of the previous page.
 */
public record ClaimFilter(String storyId, List<String> statuses, UUID claimantId, String tag, Instant from,
                          Instant to, String text, Instant asOf, Instant afterEarliest, Instant afterLatest,
                          UUID afterId, int limit) {
}
