package io.newsroom.gateway.ingestion;

/**
 * Where a candidate stands in the article: the exact sentence as its quote, and its character offsets
 * (start inclusive, end exclusive, UTF-16 units as Java counts them) into {@link Proposals#mainText()}.
 */
public record Excerpt(String quote, int start, int end) {
}
