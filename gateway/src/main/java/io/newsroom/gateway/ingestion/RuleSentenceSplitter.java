package io.newsroom.gateway.ingestion;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences by the JDK's {@link BreakIterator} for English, kept from breaking after the abbreviations news copy
 * uses before a name or a number ("Mr.", "U.S.", "Gen.", "No."). No dependency and no model: the baseline the
 * model splitter is measured against.
 */
public final class RuleSentenceSplitter extends SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
            "capt", "sen", "rep", "gov", "prof", "rev", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+(?:\\.\\p{L}+)*)\\.\\s*$");

    @Override
    protected List<int[]> spansOf(String paragraph) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(paragraph);
        List<int[]> spans = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            if (!spans.isEmpty() && endsWithAbbreviation(paragraph.substring(spans.get(spans.size() - 1)[0],
                    spans.get(spans.size() - 1)[1]))) {
                spans.get(spans.size() - 1)[1] = end;
            } else {
                spans.add(new int[] {start, end});
            }
            start = end;
        }
        return spans;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        Matcher m = LAST_WORD.matcher(sentence);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        // Initials (U.S., J.) and listed abbreviations; a word such as "Moscow." ends a sentence.
        return word.contains(".") || word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public String name() {
        return "jdk-breakiterator";
    }
}
