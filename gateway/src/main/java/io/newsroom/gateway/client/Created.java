package io.newsroom.gateway.client;

/**
 * What a create answered: the item, and whether the service created it now or replayed its stored answer to an
 * earlier request with the same Idempotency-Key. A replayed answer names an item made then, which may have been
 * deleted since, so whoever relies on it checks it is still there.
 */
public record Created<T>(T item, boolean replayed) {
}
