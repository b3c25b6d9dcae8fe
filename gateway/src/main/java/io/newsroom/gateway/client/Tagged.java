package io.newsroom.gateway.client;

/**
 * A half of a story view with the entity tag its service gave it (null for a half as of an instant), so the next
 * view can ask the service whether it still holds.
 */
public record Tagged<T>(T value, String etag) {
}
