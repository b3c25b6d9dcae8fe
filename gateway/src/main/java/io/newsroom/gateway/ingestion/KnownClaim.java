package io.newsroom.gateway.ingestion;

/** A claim the story already holds; the same claimant saying much the same again is a new appearance of it. */
public record KnownClaim(String id, String claimantId, String proposition) {
}
