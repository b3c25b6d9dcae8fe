package io.newsroom.timeline.rest;

import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.InvalidEdtfException;
import io.newsroom.stylebook.Pages;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Path, query and header values arrive as text and are parsed here, so that an unparseable one
 * is a 400 problem naming the parameter (JAX-RS itself would answer 404 for a bad path or query
 * parameter).
 */
final class RequestParams {

    private RequestParams() {
    }

    static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badParameter(name, "'" + value + "' is not a UUID");
        }
    }

    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "'" + value + "' is not a UTC instant like 2025-11-27T10:00:00Z");
        }
    }

    /** A bound of a date range: an instant, or any EDTF date (from takes its earliest, to its latest). */
    static Edtf dateBound(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Edtf.parse(value);
        } catch (InvalidEdtfException e) {
            throw ProblemException.badParameter(name, "'" + value + "' is neither an instant nor an EDTF date: " + e.getMessage());
        }
    }

    static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type, String name) {
        Set<E> out = EnumSet.noneOf(type);
        if (values == null) {
            return out;
        }
        for (String value : values) {
            try {
                out.add(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badParameter(name, "'" + value + "' is not one of " + EnumSet.allOf(type));
            }
        }
        return out;
    }

    /** The page size: a whole number of the bounds every list shares. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return Pages.limit(null);
        }
        try {
            return Pages.limit(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("limit", "'" + value + "' is not a whole number");
        }
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A POST or PUT without a body cannot be read. */
    static <T> T body(T input) {
        if (input == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "a JSON body is required");
        }
        return input;
    }
}
