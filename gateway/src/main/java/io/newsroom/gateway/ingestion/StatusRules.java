package io.newsroom.gateway.ingestion;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.stylebook.Edtf;

/**
 * Where a dated happening stands, read from the clause around its time expression: a word that cancels or
 * postpones it decides; otherwise the date against the publication day (before it, the event occurred; after it,
 * it is scheduled); a date that spans the publication day ("this week", "today") goes by the clause's tense.
 *
 * <p>The clause is the stretch between commas, semicolons, dashes and the words that open a new clause ("that",
 * "which", "who"), so "the operator warned on Monday that the strike would have cancelled trains" dates the
 * warning, not a cancellation.
 */
final class StatusRules {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\u2014\\u2013]|\\s-\\s|(?<![\\p{L}])(?:that|which|who)(?![\\p{L}])");
    private static final Set<String> FUTURE = Set.of("will", "shall", "expected", "expects", "expect", "due",
            "scheduled", "plans", "intends", "aims", "upcoming",
            // The timetable present: "the term resumes on April 28", "funding runs out on Jan. 30".
            "resumes", "begins", "starts", "opens", "reopens", "closes", "ends", "expires", "runs", "convenes",
            "kicks", "departs", "launches");
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("set", "going", "planning", "plan", "poised", "ready");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "met", "began", "broke",
            "took", "made", "held", "left", "fell", "struck", "won", "lost", "sent", "gave", "came", "went", "spoke",
            "wrote", "saw", "hit", "led", "rose", "ran", "became", "brought", "found", "kept", "paid", "put", "stood",
            "thought", "knew", "drew", "grew", "threw", "flew", "chose", "froze", "shook", "swept", "sold", "built",
            "spent", "fought", "caught", "taught", "sought", "bought", "felt", "meant", "heard", "read", "quit", "cut",
            "shut", "withdrew", "overtook", "undertook", "ago");
    private static final Set<String> LINKING = Set.of("stay", "stays", "remain", "remains", "be", "been", "being",
            "is", "are", "get", "gets", "become", "becomes", "seem", "seems", "keep", "keeps");
    /** A title's clause is narrower: "and", "but", "after" and "when" open another happening. */
    private static final Pattern TITLE_BREAK = Pattern.compile("(?<![\\p{L}])(?:and|but|after|when|because|while|although)"
            + "(?![\\p{L}])");
    private static final Pattern CANCELLED = Pattern.compile("(?i)(?<![\\p{L}])(cancell?ed|cancell?ing|called off|calling off"
            + "|scrapped|scrapping|abandoned|axed)(?![\\p{L}])");
    private static final Pattern POSTPONED = Pattern.compile("(?i)(?<![\\p{L}])(postponed|postponing|adjourned|adjourning"
            + "|delayed|delaying|pushed back|put off|scrubbed|scrubbing|suspended|deferred)(?![\\p{L}])");
    private static final Pattern RESCHEDULED = Pattern.compile("(?i)(?<![\\p{L}])(rescheduled|moved to|brought forward)"
            + "(?![\\p{L}])");

    private StatusRules() {
    }

    /** The clause around [start, end) of the sentence, as offsets into it. */
    static int[] clause(String sentence, int start, int end) {
        int from = 0;
        int to = sentence.length();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        return new int[] {from, to};
    }

    /** The clause for a title and for matching a known event: narrower than the status clause. */
    static int[] titleClause(String sentence, int start, int end) {
        int[] clause = clause(sentence, start, end);
        int from = clause[0];
        int to = clause[1];
        Matcher m = TITLE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.end() <= start && m.end() > from) {
                from = m.end();
            } else if (m.start() >= end && m.start() < to) {
                to = m.start();
                break;
            }
        }
        return new int[] {from, to};
    }

    static Tense tense(String sentence, TimeExpression expression) {
        int[] clause = clause(sentence, expression.start(), expression.end());
        List<Words.Word> before = Words.of(sentence.substring(clause[0], expression.start()));
        for (int i = before.size() - 1; i >= 0; i--) {
            Tense tense = marker(before, i);
            if (tense != Tense.UNKNOWN) {
                return tense;
            }
        }
        List<Words.Word> after = Words.of(sentence.substring(expression.end(), clause[1]));
        for (int i = 0; i < after.size(); i++) {
            Tense tense = marker(after, i);
            if (tense != Tense.UNKNOWN) {
                return tense;
            }
        }
        // A fronted adverbial has no verb of its own ("that by the end of this week, his delegation will meet"):
        // its clause is the one that follows.
        if (clause[1] < sentence.length()) {
            int[] next = clause(sentence, clause[1] + 1, clause[1] + 1);
            List<Words.Word> following = Words.of(sentence.substring(Math.max(next[0], clause[1] + 1), next[1]));
            for (int i = 0; i < following.size(); i++) {
                Tense tense = marker(following, i);
                if (tense != Tense.UNKNOWN) {
                    return tense;
                }
            }
        }
        return Tense.UNKNOWN;
    }

    /**
     * The tense a word marks, nearest to the date first: "collapsed in early October" is past even after "would
     * meet", and "will stay closed on Tuesday" is future because a participle after a linking verb is an adjective.
     */
    private static Tense marker(List<Words.Word> words, int i) {
        String word = words.get(i).lower();
        String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
        String previous = i > 0 ? words.get(i - 1).lower() : "";
        if (word.equals("would") || word.equals("could") || word.equals("might")) {
            return next.equals("have") ? Tense.PAST : word.equals("would") ? Tense.FUTURE : Tense.UNKNOWN;
        }
        if (FUTURE.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")
                || FUTURE_BEFORE_TO.contains(word) && next.equals("to")) {
            return Tense.FUTURE;
        }
        boolean participle = word.length() >= 5 && word.endsWith("ed") && !word.endsWith("eed");
        if (participle && LINKING.contains(previous)) {
            return Tense.UNKNOWN;
        }
        return PAST.contains(word) || participle ? Tense.PAST : Tense.UNKNOWN;
    }

    static boolean isPastForm(String word) {
        return PAST.contains(word) || word.length() >= 5 && word.endsWith("ed") && !word.endsWith("eed");
    }

    static EventStatus status(String sentence, TimeExpression expression, Tense tense, Edtf date, ZonedDateTime anchor) {
        int[] clause = clause(sentence, expression.start(), expression.end());
        String stretch = sentence.substring(clause[0], clause[1]);
        int at = expression.start() - clause[0];
        EventStatus cue = nearestCue(stretch, at);
        if (cue != null) {
            return cue;
        }
        Edtf publicationDay = Edtf.day(anchor.toLocalDate());
        if (date.latest().isBefore(publicationDay.earliest())) {
            return EventStatus.OCCURRED;
        }
        if (date.earliest().isAfter(publicationDay.latest())) {
            return EventStatus.SCHEDULED;
        }
        return tense == Tense.FUTURE ? EventStatus.SCHEDULED : EventStatus.OCCURRED;
    }

    private static EventStatus nearestCue(String stretch, int at) {
        EventStatus best = null;
        int distance = Integer.MAX_VALUE;
        for (var entry : List.of(java.util.Map.entry(EventStatus.CANCELLED, CANCELLED),
                java.util.Map.entry(EventStatus.POSTPONED, POSTPONED),
                java.util.Map.entry(EventStatus.RESCHEDULED, RESCHEDULED))) {
            Matcher m = entry.getValue().matcher(stretch);
            while (m.find()) {
                if (negated(stretch, m.start())) {
                    continue;
                }
                int d = Math.abs(m.start() - at);
                if (d < distance) {
                    distance = d;
                    best = entry.getKey();
                }
            }
        }
        return best;
    }

    private static boolean negated(String stretch, int start) {
        String before = stretch.substring(0, start).toLowerCase(Locale.ROOT).stripTrailing();
        return before.endsWith(" not") || before.endsWith("n't") || before.endsWith(" never")
                || before.endsWith(" not been") || before.endsWith(" never been");
    }
}
