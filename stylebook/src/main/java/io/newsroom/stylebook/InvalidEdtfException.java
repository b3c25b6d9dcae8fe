package io.newsroom.stylebook;

/** The text is not a date of the EDTF subset the newsroom stores; the message says why, for a person. */
public class InvalidEdtfException extends IllegalArgumentException {

    public InvalidEdtfException(String message) {
        super(message);
    }
}
