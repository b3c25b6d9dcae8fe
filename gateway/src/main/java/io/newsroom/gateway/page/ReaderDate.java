package io.newsroom.gateway.page;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.mapping.EdtfParts;

/**
 * A date as a reader reads it: words at the precision the newsroom knew ("week of 24 November 2025", "2014"), and
 * the bounds the time axis draws. Built from what the services derived; where a bound is missing (a hand-made
 * bundle, an older service) it is worked out from the EDTF text so the page still places the event.
 */
public record ReaderDate(
        String text,
        String machineText,
        Shape shape,
        Instant earliest,
        Instant latest,
        boolean approximate,
        boolean uncertain) {

    /** How the axis draws a date: a day or finer is a point, a week or interval a span, a month or year a band. */
    public enum Shape { POINT, SPAN, BAND, NONE }

    static final ReaderDate UNKNOWN = new ReaderDate("date not known", null, Shape.NONE, null, null, false, false);

    private static final Locale WORDS = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", WORDS);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", WORDS);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", WORDS);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", WORDS);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", WORDS);
    // What HTML's <time datetime> accepts among our EDTF forms: year, month, week, date, UTC date-time.
    private static final Pattern HTML_DATETIME = Pattern.compile(
            "\\d{4}|\\d{4}-\\d{2}|\\d{4}-W\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?Z");

    public static ReaderDate of(EdtfDate date) {
        if (date == null || date.edtf() == null || date.edtf().isBlank()) {
            return UNKNOWN;
        }
        String edtf = date.edtf().trim();
        boolean approximate = date.approximate() || edtf.contains("~") || edtf.contains("%");
        boolean uncertain = date.uncertain() || edtf.contains("?") || edtf.contains("%");
        String plain = edtf.replaceAll("[~?%]", "");
        String precision = precision(date.precision(), plain);
        Instant earliest = date.earliest();
        Instant latest = date.latest();
        if (earliest == null || latest == null) {
            Optional<Instant[]> derived = derive(plain, precision);
            if (derived.isEmpty()) {
                // Unreadable and without bounds: show what the newsroom wrote rather than invent a date.
                return new ReaderDate(edtf, null, Shape.NONE, null, null, approximate, uncertain);
            }
            earliest = earliest != null ? earliest : derived.get()[0];
            latest = latest != null ? latest : derived.get()[1];
        }
        if (latest.isBefore(earliest)) {
            latest = earliest;
        }
        String words = words(precision, earliest, latest) + qualifier(approximate, uncertain);
        String machine = HTML_DATETIME.matcher(plain).matches() ? plain : null;
        return new ReaderDate(words, machine, shape(precision), earliest, latest, approximate, uncertain);
    }

    public boolean placed() {
        return earliest != null && latest != null;
    }

    private static String precision(String reported, String plain) {
        if (reported != null && !reported.isBlank()) {
            return reported.trim().toUpperCase(Locale.ROOT);
        }
        if (plain.contains("/")) {
            return "INTERVAL";
        }
        return EdtfParts.parse(plain).map(p -> p.precision().name()).orElse("UNKNOWN");
    }

    private static Shape shape(String precision) {
        return switch (precision) {
            case "YEAR", "MONTH" -> Shape.BAND;
            case "WEEK", "INTERVAL" -> Shape.SPAN;
            case "DAY", "HOUR", "MINUTE", "SECOND" -> Shape.POINT;
            default -> Shape.SPAN;
        };
    }

    private static Optional<Instant[]> derive(String plain, String precision) {
        return EdtfParts.parse(plain).map(parts -> {
            LocalDateTime start = parts.start();
            LocalDateTime endStart = parts.end();
            LocalDateTime end = switch (parts.precision()) {
                case YEAR -> endStart.plusYears(1);
                case MONTH -> endStart.plusMonths(1);
                // EdtfParts gives a week's Sunday; the week ends when that day does.
                case WEEK, DAY -> endStart.plusDays(1);
                case MINUTE -> endStart.plusMinutes(1);
            };
            return new Instant[] { start.toInstant(ZoneOffset.UTC), end.toInstant(ZoneOffset.UTC).minus(1, ChronoUnit.MICROS) };
        });
    }

    private static String words(String precision, Instant earliest, Instant latest) {
        ZonedDateTime from = earliest.atZone(ZoneOffset.UTC);
        ZonedDateTime to = latest.atZone(ZoneOffset.UTC);
        return switch (precision) {
            case "YEAR" -> YEAR.format(from);
            case "MONTH" -> MONTH.format(from);
            case "WEEK" -> "week of " + DAY.format(from);
            case "DAY" -> DAY.format(from);
            case "HOUR", "MINUTE", "SECOND" -> DAY.format(from) + ", " + TIME.format(from) + " UTC";
            default -> range(from, to);
        };
    }

    private static String range(ZonedDateTime from, ZonedDateTime to) {
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY.format(from);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "\u2013" + DAY.format(to);
        }
        if (from.getYear() == to.getYear()) {
            return DAY_MONTH.format(from) + " \u2013 " + DAY.format(to);
        }
        return DAY.format(from) + " \u2013 " + DAY.format(to);
    }

    private static String qualifier(boolean approximate, boolean uncertain) {
        if (approximate && uncertain) {
            return " (approximate, uncertain)";
        }
        if (approximate) {
            return " (approximate)";
        }
        return uncertain ? " (uncertain)" : "";
    }
}
