package io.newsroom.gateway.client;

import java.util.List;

/** One page of a service's cursor-paged list. */
public record Page<T>(List<T> items, String nextCursor) {
}
