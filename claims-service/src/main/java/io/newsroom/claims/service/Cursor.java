package io.newsroom.claims.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque 'after' cursor of a list: base64url of the sort key of the last item returned.
 * Clients never build one; whatever does not decode is answered with 400.
 */
public final class Cursor {

    private final String[] parts;

    private Cursor(String[] parts) {
        this.parts = parts;
    }

    public static String encode(Object... sortKey) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sortKey.length; i++) {
            if (i > 0) {
                text.append('|');
            }
            text.append(sortKey[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The last part may itself contain the separator, so free text goes last. Null when there is no cursor; fails with 400 when it is not one of ours with the expected number of parts. */
    public static Cursor decode(String cursor, int expectedParts) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", expectedParts);
            if (parts.length != expectedParts) {
                throw invalid();
            }
            return new Cursor(parts);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(parts[index]);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(parts[index]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String text(int index) {
        return parts[index];
    }

    private static ProblemException invalid() {
        return ProblemException.badParameter("after", "is not a cursor this service issued");
    }
}
