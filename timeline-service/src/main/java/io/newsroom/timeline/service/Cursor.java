package io.newsroom.timeline.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque 'after' token: base64url of the sort key of the last item of a page. Clients must
 * not read it, but it is not a secret either, so no signature.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(Object... sortKey) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sortKey.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(sortKey[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ProblemException 400 when the token was not made by {@link #encode} with that many parts */
    public static List<String> decode(String cursor, int parts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(joined.split(SEPARATOR, -1));
            if (values.size() != parts) {
                throw invalid();
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static ProblemException invalid() {
        return ProblemException.badParameter("after", "'after' is not a cursor of this list; pass nextCursor unchanged");
    }
}
