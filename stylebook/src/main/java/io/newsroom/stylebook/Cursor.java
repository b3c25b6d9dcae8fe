package io.newsroom.stylebook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The opaque {@code after} token of every list: base64url of the sort key of the last item of a
 * page, its parts joined by the ASCII unit separator. Clients pass it back unchanged and never
 * read it; it is no secret, so no signature. Whatever does not decode to as many parts as the list
 * sorts by is a 400 naming {@code after}. The last part may hold any text, separator included.
 */
public final class Cursor {

    /**
     * The longest cursor read: a sort key holds dates, numbers, ids and at most one name (an outlet's, up to 200
     * characters of up to four bytes each), which base64 writes in well under this. Longer is 400 naming after.
     */
    public static final int MAX_LENGTH = 2048;

    private static final String SEPARATOR = "\u001f";

    private final List<String> parts;

    private Cursor(List<String> parts) {
        this.parts = parts;
    }

    public static String encode(Object... sortKey) {
        String joined = String.join(SEPARATOR, Arrays.stream(sortKey).map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null without a cursor (the first page) */
    public static Cursor decode(String cursor, int parts) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String[] values = joined.split(SEPARATOR, parts);
            if (values.length != parts) {
                throw invalid();
            }
            return new Cursor(List.of(values));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String text(int index) {
        return parts.get(index);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(parts.get(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(parts.get(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badParameter("after", "is not a cursor of this list; pass nextCursor back unchanged");
    }
}
