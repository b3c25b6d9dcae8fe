package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the main text into sentences with exact offsets. Line breaks end a sentence unless the next line goes on
 * in lower case (a headline or a dateline has no full stop); inside a paragraph an implementation decides. Shared repairs follow, because both
 * the model and the rule splitters get them wrong the same way in news copy: a closing quotation mark left at
 * the start of the next sentence, and a quote that a splitter cut after its inner full stop
 * ({@code “It is over.” he said}).
 */
public abstract class SentenceSplitter {

    /**
     * A block of copy: a line, continued by the next line only when that starts in lower case (hard-wrapped text).
     * News copy puts headings, datelines and list items on lines of their own, without a full stop.
     */
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?=[ \\t]*\\p{Ll})[^\\n]+)*");

    /** Sentence spans of one paragraph, as offsets into it. */
    protected abstract List<int[]> spansOf(String paragraph);

    /** The name under which the benchmark reports this splitter. */
    public abstract String name();

    public final List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(text);
        while (paragraph.find()) {
            int base = paragraph.start();
            List<int[]> spans = repaired(paragraph.group(), spansOf(paragraph.group()));
            for (int[] span : spans) {
                int start = base + span[0];
                int end = base + span[1];
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
                }
            }
        }
        return sentences;
    }

    private static List<int[]> repaired(String paragraph, List<int[]> spans) {
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            String piece = paragraph.substring(span[0], span[1]).strip();
            boolean continues = !merged.isEmpty() && (piece.isEmpty()
                    || "”’\"".indexOf(piece.charAt(0)) >= 0 && piece.length() <= 2
                    || Character.isLowerCase(piece.charAt(0))
                    || Words.insideQuote(paragraph, span[0]));
            if (continues) {
                merged.get(merged.size() - 1)[1] = span[1];
            } else {
                merged.add(new int[] {span[0], span[1]});
            }
        }
        return merged;
    }

}
