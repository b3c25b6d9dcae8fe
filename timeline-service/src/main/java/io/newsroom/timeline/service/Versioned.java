package io.newsroom.timeline.service;

import io.newsroom.stylebook.EntityTags;

/** A single resource with the version its ETag is made of. */
public record Versioned<T>(T body, int version) {

    public String etag() {
        return EntityTags.of(version);
    }
}
