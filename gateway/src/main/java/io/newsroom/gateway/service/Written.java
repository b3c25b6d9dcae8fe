package io.newsroom.gateway.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.view.StoryView;

/**
 * A story view as it is sent: its JSON, and the entity tag its bytes give it when it is complete and fresh (a
 * degraded or stale view has none: it must not be cached).
 */
public record Written(StoryView view, byte[] json, String etag) {

    static Written of(ObjectMapper mapper, StoryView view) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("story view could not be written as JSON", e);
        }
        return new Written(view, json, view.complete() ? fingerprint(json) : null);
    }

    /** The view's own bytes decide the tag, so any change in either service changes it. */
    private static String fingerprint(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
