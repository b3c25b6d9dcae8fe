package io.newsroom.timeline.rest;

import io.newsroom.timeline.domain.Edtf;
import io.newsroom.timeline.domain.InvalidEdtfException;
import io.newsroom.timeline.service.ProblemException;
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
            return Edtf.parse(value.trim());
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

    /** The version an If-Match names; null without the header or with '*'; -1 when it can match nothing. */
    static Integer ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Integer.parseInt(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        // Weak tags never match for If-Match (RFC 9110 strong comparison).
        return -1;
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A POST or PUT without a body cannot be read. */
    static <T> T body(T input) {
        if (input == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        return input;
    }
}
