package io.newsroom.claims.service;

import java.net.URI;

/**
 * The answer to a create: what the resource sends, and what a retry with the same
 * Idempotency-Key gets back word for word.
 */
public record Written(int status, URI location, String etag, String body, boolean replayed) {
}
