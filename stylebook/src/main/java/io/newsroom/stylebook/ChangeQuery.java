package io.newsroom.stylebook;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader of a change feed asks for: the changes after a position, of one story or all, of some types
 * or all, so many at a time. The same rules in both services; each brings only its list of types.
 *
 * @param after    the position read up to
 * @param resuming whether the reader named that position; one that did not starts from the oldest change kept,
 *                 and has missed nothing that retention pruned
 * @param storyId  the story's slug, or null for every story (and what belongs to none)
 * @param types    the types wanted, or empty for all
 * @param limit    how many changes a page holds at most
 */
public record ChangeQuery(long after, boolean resuming, String storyId, List<String> types, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /** The header an SSE client resumes with; it wins over {@code after}. */
    public static final String LAST_EVENT_ID = "Last-Event-ID";
    /** A change's id as {@code after} and {@code Last-Event-ID} take it: a decimal number of up to 18 digits. */
    public static final String POSITION_PATTERN = "^[0-9]{1,18}$";
    public static final int MAX_POSITION_LENGTH = 18;
    /** The longest {@code types} read: every type of a feed once leaves room to spare. Longer is 400 naming types. */
    public static final int MAX_TYPES_LENGTH = 1024;

    public ChangeQuery {
        types = List.copyOf(types);
    }

    /**
     * The query of a request, every parameter checked: a bad one is a 400 naming it.
     *
     * @param known the types this service's feed has
     */
    public static ChangeQuery of(String after, String storyId, String types, String limit, Set<String> known) {
        boolean resuming = after != null && !after.isBlank();
        return new ChangeQuery(resuming ? position(after, "after") : 0, resuming, story(storyId), types(types, known), limit(limit));
    }

    /** The same query resumed from an SSE client's Last-Event-ID, when it sent one. */
    public ChangeQuery resumedFrom(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return this;
        }
        return new ChangeQuery(position(lastEventId, LAST_EVENT_ID), true, storyId, types, limit);
    }

    /** The same query, further on. */
    public ChangeQuery after(long position) {
        return new ChangeQuery(position, true, storyId, types, limit);
    }

    /** Whether a change is one this reader asked for (the stream's live changes are filtered here, pages in SQL). */
    public boolean wants(Change change) {
        return (storyId == null || storyId.equals(change.storyId())) && (types.isEmpty() || types.contains(change.type()));
    }

    /**
     * Refuses a position the feed cannot answer from: one it never reached (a cursor of another feed, or of a
     * database since restored), and one whose following changes retention has pruned, which would be missed.
     * Positions are gapless, so the changes pruned are exactly those below the oldest kept.
     *
     * @param last       the last position the feed handed out
     * @param oldestKept the oldest position still kept, or null when none is
     * @param retention  how long changes are kept, for the problem
     * @param field      the parameter or header the position came from
     */
    public void requireAnswerable(long last, Long oldestKept, Duration retention, String field) {
        if (after > last) {
            throw ProblemException.badParameter(field, "is beyond the newest change of this feed (" + last
                    + "); pass back the id of a change this feed served");
        }
        long prunedThrough = oldestKept == null ? last : oldestKept - 1;
        if (resuming && after < prunedThrough) {
            throw new ProblemException(ProblemType.CHANGES_PRUNED, "the changes after " + after + " up to " + prunedThrough
                    + " were pruned (changes are kept for " + words(retention) + "), so a reader resuming from " + after
                    + " has missed them: read the current state again, then follow the feed with after=" + prunedThrough,
                    List.of(new FieldProblem(field, "is older than the oldest change kept; restart with after="
                            + prunedThrough)));
        }
    }

    private static String words(Duration retention) {
        if (retention.toDays() > 0 && retention.equals(Duration.ofDays(retention.toDays()))) {
            return retention.toDays() + (retention.toDays() == 1 ? " day" : " days");
        }
        if (retention.toHours() > 0 && retention.equals(Duration.ofHours(retention.toHours()))) {
            return retention.toHours() + (retention.toHours() == 1 ? " hour" : " hours");
        }
        return retention.toString();
    }

    private static long position(String text, String field) {
        String digits = text.strip();
        if (!digits.matches(POSITION_PATTERN)) {
            throw ProblemException.badParameter(field, "must be the id of a change (a decimal number, 0 or more)");
        }
        return Long.parseLong(digits);
    }

    private static String story(String storyId) {
        if (storyId == null) {
            return null;
        }
        if (storyId.isBlank()) {
            throw ProblemException.badParameter("storyId", "must be a story's slug; leave it out for every story");
        }
        return storyId.strip();
    }

    private static List<String> types(String types, Set<String> known) {
        if (types == null) {
            return List.of();
        }
        if (types.length() > MAX_TYPES_LENGTH) {
            throw ProblemException.badParameter("types", "is longer than " + MAX_TYPES_LENGTH
                    + " characters; name each type once");
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String type : types.split(",", -1)) {
            String name = type.strip();
            if (!known.contains(name)) {
                throw ProblemException.badParameter("types", (name.isEmpty() ? "an empty type" : "'" + name + "'")
                        + " is not a type of this feed; it has " + String.join(", ", known.stream().sorted().toList()));
            }
            asked.add(name);
        }
        return List.copyOf(asked);
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        String digits = limit.strip();
        int value = digits.matches("[0-9]{1,4}") ? Integer.parseInt(digits) : 0;
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.badParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return value;
    }

    /** Every type of a feed: each resource with each action. */
    public static Set<String> typesOf(List<String> resources, String... more) {
        Set<String> all = new LinkedHashSet<>();
        for (String resource : resources) {
            for (String action : List.of("created", "updated", "deleted", "restored")) {
                all.add(resource + "." + action);
            }
        }
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }
}
