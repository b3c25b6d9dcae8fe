package io.newsroom.timeline.domain;

/** A relative phrase this service does not understand; it refuses rather than guessing. */
public class UnresolvablePhraseException extends IllegalArgumentException {

    private final String phrase;

    public UnresolvablePhraseException(String phrase, String message) {
        super(message);
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
