package io.newsroom.timeline.domain;

/** The text is not a date of the EDTF subset this service understands; the message says why. */
public class InvalidEdtfException extends IllegalArgumentException {

    public InvalidEdtfException(String message) {
        super(message);
    }
}
