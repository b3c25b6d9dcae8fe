package io.newsroom.claims.service;

/** A representation with the version its ETag is made from. */
public record Versioned<T>(T body, int version) {
}
