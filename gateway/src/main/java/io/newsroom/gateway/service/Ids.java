package io.newsroom.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import io.newsroom.stylebook.Idempotency;

/** Ids as the gateway reads them from paths and bodies, and the Idempotency-Keys of its creates for ingestions. */
final class Ids {

    private static final String KEY_PREFIX = "ingestion-";

    private Ids() {
    }

    /** @return the UUID, or null when the text is not one (a path id that cannot name anything is simply not found) */
    static UUID uuidOrNull(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    /**
     * The Idempotency-Key of one create: the same parts always give the same key, so a retried request (or two at
     * once) makes the service create once and replay its answer to the other. Checked by the services' own rule, so
     * a key the gateway makes is never one they refuse.
     */
    static String key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return Idempotency.key(KEY_PREFIX + HexFormat.of().formatHex(sha.digest(), 0, 20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
