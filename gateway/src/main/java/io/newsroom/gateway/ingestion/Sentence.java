package io.newsroom.gateway.ingestion;

/**
 * One sentence of the main text: its place in the article and its offsets (end exclusive) into the main text. The
 * text is what the rules read (Unicode spaces made plain); a citation quotes the main text itself at these offsets.
 */
public record Sentence(int index, int start, int end, String text) {

    /** The exact sentence of the main text, as the citation's quote. */
    public Excerpt excerpt(String mainText) {
        return new Excerpt(mainText.substring(start, end), start, end);
    }
}
