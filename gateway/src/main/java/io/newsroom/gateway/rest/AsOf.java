package io.newsroom.gateway.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.newsroom.stylebook.ProblemException;

/** The {@code asOf} query parameter of a story's reads: the story as it stood at a UTC instant. */
final class AsOf {

    static final String PARAMETER = "asOf";
    static final String DESCRIPTION = "Show the story as it stood at this UTC instant: its titles, dates, statuses, "
            + "stances and verdicts of then, including items deleted since. Leave it out for the story as it stands.";
    static final String EXAMPLE = "2025-11-25T12:00:00Z";

    private AsOf() {
    }

    /** @return the instant, or null when none was given; a 400 problem naming asOf when it is not an instant */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(PARAMETER, "'" + value + "' is not a UTC instant like " + EXAMPLE);
        }
    }
}
