package io.newsroom.stylebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The rules of the {@code Idempotency-Key} header every POST honours: what a key may be, and the
 * fingerprint that tells a retry (same operation, same path, same request as the service read it)
 * from a different request reusing the key. A replay answers the stored status, Location, ETag and
 * body, marked {@code Idempotency-Replayed: true}.
 */
public final class Idempotency {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final int MAX_KEY_LENGTH = 255;

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]+");

    private Idempotency() {
    }

    /** @return the key, or null when none was sent; 400 naming the header when it is not 1 to 255 visible characters */
    public static String key(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_KEY_LENGTH || !VISIBLE_ASCII.matcher(header).matches()) {
            throw ProblemException.badParameter(KEY_HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
        return header;
    }

    /**
     * @param request the request as the service read it, serialised canonically (so spacing and the
     *                order of fields in the body do not count)
     * @return hex SHA-256 of the operation, the path and the request
     */
    public static String fingerprint(String operation, String path, byte[] request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(request);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
