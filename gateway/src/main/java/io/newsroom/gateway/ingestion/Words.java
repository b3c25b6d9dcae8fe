package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a sentence with their offsets, and the content-word sets that titles, propositions and claims are
 * compared by. Comparison folds case, drops function words and strips the commonest English endings, so
 * "advancing" meets "advance" and "claims" meets "claim"; that is all the similarity the matching rules need.
 */
final class Words {

    /** A word as written, with its offsets (end exclusive) in the string it was read from. */
    record Word(String text, int start, int end) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "from", "with", "as", "that", "this", "these", "those", "it", "its", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could",
            "should", "may", "might", "can", "shall", "must", "not", "no", "he", "she", "they", "his", "her", "their",
            "them", "him", "we", "our", "us", "you", "your", "i", "my", "me", "who", "which", "what", "when", "where",
            "whether", "if", "than", "then", "so", "also", "any", "all", "some", "said", "says", "say", "told",
            "saying", "added", "while", "after", "before", "since", "about", "into", "over", "more", "most", "there",
            "here", "only", "still", "such", "very", "just", "up", "out", "s");

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    /** The stemmed content words of a text, in first-seen order. */
    static Set<String> content(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (Word word : of(text)) {
            String lower = word.lower().replaceAll("['’]s$", "");
            if (!FUNCTION_WORDS.contains(lower) && lower.length() > 1) {
                stems.add(stem(lower));
            }
        }
        return stems;
    }

    /** Shared words over the smaller set: 1.0 when one text's content words all occur in the other. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    static String stem(String word) {
        for (String ending : List.of("ing", "ed", "es", "s")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                String base = word.substring(0, word.length() - ending.length());
                return base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
            }
        }
        return word.endsWith("e") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The text with no-break and other Unicode spaces as plain spaces, same length, so offsets still hold: web copy
     * puts U+00A0 between "President" and "Volodymyr", and the rules' patterns read plain spaces.
     */
    static String plainSpaces(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(c != '\n' && c != '\r' && (Character.isSpaceChar(c) || c == '\t') ? ' ' : c);
        }
        return plain.toString();
    }

    /**
     * A headline in title case ("Putin Considers US Peace Plan Amidst Threats"): its capitals are style, not names,
     * and it attributes nothing. Most of its longer words are capitalised and it has no full stop.
     */
    static boolean titleCase(String sentence) {
        String trimmed = sentence.strip();
        if (trimmed.isEmpty() || ".!?\"”’".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return false;
        }
        int longer = 0;
        int capitalised = 0;
        for (Word word : of(trimmed)) {
            if (word.text().length() >= 4) {
                longer++;
                capitalised += word.capitalised() ? 1 : 0;
            }
        }
        return longer >= 4 && capitalised * 10 >= longer * 6;
    }

    /** White space folded to single spaces, for fingerprints and comparisons of quotes. */
    static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Whether a quotation opened before this point of the text is still open there. */
    static boolean insideQuote(String text, int at) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }
}
