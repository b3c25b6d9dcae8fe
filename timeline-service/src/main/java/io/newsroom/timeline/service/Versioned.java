package io.newsroom.timeline.service;

/** A single resource with the version its ETag is made of. */
public record Versioned<T>(T body, int version) {

    public String etag() {
        return "\"" + version + "\"";
    }
}
