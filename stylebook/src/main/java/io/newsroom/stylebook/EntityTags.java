package io.newsroom.stylebook;

import java.util.ArrayList;
import java.util.List;

/**
 * ETags and the conditional headers that carry them back, as RFC 9110 defines them. A single
 * resource's tag is its version in quotes ({@code "3"}). {@code If-Match} is required on every
 * PUT and DELETE, so no editor overwrites what another just saved without having read it; it
 * compares strongly (a weak tag {@code W/"3"} never matches), accepts a list of tags and {@code *}.
 * {@code If-None-Match} compares weakly, as caches expect.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";
    /**
     * The longest tag any part of the system writes: a weak tag of three counters, {@code W/"12.7.2"} (a story's
     * writes, shared writes and overdue events), each as long as a long can print.
     */
    public static final int MAX_TAG_LENGTH = "W/\"".length() + 3 * String.valueOf(Long.MAX_VALUE).length() + 2 + 1;
    /**
     * The longest If-Match or If-None-Match read: room for a list of sixteen of the longest tags. A client sends one
     * tag, or the few it holds; a longer header is refused with 400 naming it before any tag is compared.
     */
    public static final int MAX_CONDITION_LENGTH = 16 * (MAX_TAG_LENGTH + 2);

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @throws ProblemException 428 when If-Match is missing, 412 when it names no tag equal to the
     *         current one; {@code what} names the resource in the message ("the event")
     */
    public static void requireMatch(String ifMatch, String current, String what) {
        bounded(ifMatch, IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.IF_MATCH_REQUIRED, "send If-Match with the ETag of " + what
                    + " as last read (or * to change whatever version is stored)",
                    List.of(new FieldProblem(IF_MATCH, "is required")));
        }
        if (ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : tags(ifMatch)) {
            if (!tag.startsWith("W/") && tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.STALE_VERSION, what + " is at version " + current + " but If-Match asked for "
                + ifMatch.strip() + "; read it again and reapply the change");
    }

    /** @return true when If-None-Match names the current tag (weak comparison) or is {@code *}: answer 304 */
    public static boolean noneMatchFails(String ifNoneMatch, String current) {
        bounded(ifNoneMatch, IF_NONE_MATCH);
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || current == null) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = weakless(current);
        return tags(ifNoneMatch).stream().anyMatch(tag -> weakless(tag).equals(opaque));
    }

    private static void bounded(String header, String name) {
        if (header != null && header.length() > MAX_CONDITION_LENGTH) {
            throw ProblemException.badParameter(name, "is longer than " + MAX_CONDITION_LENGTH
                    + " characters; send the ETag you hold");
        }
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The entity tags of a header value, split on the commas between them (a comma may sit inside quotes). */
    private static List<String> tags(String header) {
        List<String> tags = new ArrayList<>();
        StringBuilder tag = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                tags.add(tag.toString().strip());
                tag.setLength(0);
            } else {
                tag.append(c);
            }
        }
        tags.add(tag.toString().strip());
        return tags;
    }
}
