package io.newsroom.stylebook;

/** A relative phrase that the rules do not understand; refused rather than guessed. */
public class UnresolvablePhraseException extends IllegalArgumentException {

    public UnresolvablePhraseException(String message) {
        super(message);
    }
}
