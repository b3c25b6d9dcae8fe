package io.newsroom.gateway.ingestion;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.ActorKind;

/**
 * Who a stretch of a sentence names as the one speaking or acting: the rule both claims and stances use for
 * their subject. A person named outright wins ("Deutsche Bahn's personnel director, Jörg Haller"), then a person
 * referred to ("the Russian president", "he", "her office"), then a named body ("the Kremlin"), then a body
 * referred to ("the company"), then a group that speaks as one ("European officials"). A possessive is the
 * speaker only with a word for its voice after it ("her office", "Harte's campaign").
 */
final class Attribution {

    private static final Set<String> VOICE = Set.of("office", "spokesman", "spokeswoman", "spokesperson", "campaign",
            "lawyers", "lawyer", "team", "aides", "aide", "representatives", "staff");
    private static final Pattern GROUP = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:several|some|senior|other|many|a group of"
            + "|a number of|groups of)\\s+)?((?:[\\p{L}\\p{M}-]+\\s+){0,2}?(?:" + String.join("|", NewsLexicon.GROUP_NOUNS)
            + ")(?:\\s+in\\s+\\p{Lu}[\\p{L}\\p{M}]+)?)(?![\\p{L}])");

    private static final Set<String> MODIFIER_STOPS = Set.of("the", "a", "an", "of", "by", "for", "to", "in", "on",
            "and", "with", "from", "that", "who", "which", "said", "says", "have", "has", "had", "were", "are", "is");

    private Attribution() {
    }

    /**
     * @param from start of the stretch in the sentence (inclusive)
     * @param to   end of the stretch in the sentence (exclusive)
     */
    static ArticleCast.Member subject(ArticleCast cast, Sentence sentence, int from, int to) {
        return subject(cast, sentence, from, to, true);
    }

    /**
     * @param peopleFirst false for the subject of a whole clause ("LaLiga blocked the sale of Real Costa, saying"),
     *                    where the first actor named is the one acting whatever its kind
     */
    static ArticleCast.Member subject(ArticleCast cast, Sentence sentence, int from, int to, boolean peopleFirst) {
        List<ArticleCast.Mention> inside = cast.mentionsIn(sentence).stream()
                .filter(m -> m.start() - sentence.start() >= from && m.end() - sentence.start() <= to).toList();
        String text = sentence.text();
        ArticleCast.Member best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ArticleCast.Mention mention : inside) {
            if (mention.possessive() && !voiceFollows(text, mention.end() - sentence.start())) {
                continue;
            }
            boolean person = !peopleFirst || mention.member().kind == ActorKind.PERSON;
            int rank = switch (mention.type()) {
                case NAMED -> person ? 0 : 3;
                case DESCRIPTION -> person ? 1 : 4;
                case PRONOUN -> person ? 2 : 5;
            };
            if (rank < bestRank || !peopleFirst && rank == bestRank && best == null) {
                bestRank = rank;
                best = mention.member();
            }
        }
        if (best != null) {
            if (best.place) {
                cast.promote(best);
            }
            return best;
        }
        Matcher group = GROUP.matcher(text.substring(from, to));
        int start = -1;
        int end = -1;
        String name = null;
        while (group.find()) {
            // "group of landowners" names the landowners; modifiers stop at a function word.
            int cut = 0;
            List<Words.Word> words = Words.of(group.group(1));
            int noun = 0;
            while (noun < words.size() - 1 && !NewsLexicon.GROUP_NOUNS.contains(words.get(noun).lower())) {
                noun++;
            }
            for (int i = 0; i < noun; i++) {
                if (MODIFIER_STOPS.contains(words.get(i).lower())) {
                    cut = words.get(i + 1).start();
                }
            }
            name = group.group(1).substring(cut);
            start = from + group.start(1) + cut;
            end = from + group.end(1);
        }
        if (name == null) {
            return null;
        }
        return cast.group(name, sentence, sentence.start() + start, sentence.start() + end);
    }

    /** The actor named last in a stretch, the antecedent of "which" or "who" that follows it. */
    static ArticleCast.Member nearest(ArticleCast cast, Sentence sentence, int from, int to) {
        ArticleCast.Member nearest = null;
        for (ArticleCast.Mention mention : cast.mentionsIn(sentence)) {
            int start = mention.start() - sentence.start();
            if (start >= from && mention.end() - sentence.start() <= to && !mention.possessive()
                    && mention.type() == ArticleCast.MentionType.NAMED) {
                nearest = mention.member();
            }
        }
        if (nearest != null && nearest.place) {
            cast.promote(nearest);
        }
        return nearest;
    }

    private static boolean voiceFollows(String text, int end) {
        Matcher next = Pattern.compile("^\\s+(\\p{Ll}+)").matcher(text.substring(end));
        return next.find() && VOICE.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    /** The sentence with its quotations blanked, same length, so offsets still hold and quoted words are not read as ours. */
    static String withoutQuotes(String text) {
        StringBuilder masked = new StringBuilder(text);
        for (int[] quote : quotes(text)) {
            for (int i = quote[0]; i < quote[1]; i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }

    /** Spans of the quotations in a sentence, marks excluded: [start of inner text, end of inner text). */
    static List<int[]> quotes(String text) {
        List<int[]> quotes = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("“([^”]*)”|\"([^\"]*)\"").matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            quotes.add(new int[] {m.start(group), m.end(group)});
        }
        return quotes;
    }
}
