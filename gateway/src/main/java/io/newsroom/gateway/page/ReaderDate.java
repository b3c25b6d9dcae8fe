package io.newsroom.gateway.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.InvalidEdtfException;
import io.newsroom.stylebook.Precision;

/**
 * A date as a reader reads it: words at the precision the newsroom knew ("week of 24 November 2025", "2014"), and
 * the bounds the time axis draws. The EDTF text is read by the shared rules ({@link Edtf}), so the page reads a
 * date exactly as the services stored it; the services' derived bounds win where they are given, and where one is
 * missing (a hand-made bundle) the rules' bounds place the event.
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
        Edtf edtf;
        try {
            edtf = Edtf.parse(date.edtf());
        } catch (InvalidEdtfException unreadable) {
            // Show what the newsroom wrote rather than invent a date from it.
            return new ReaderDate(date.edtf().strip(), null, Shape.NONE, null, null, date.approximate(), date.uncertain());
        }
        boolean approximate = date.approximate() || edtf.approximate();
        boolean uncertain = date.uncertain() || edtf.uncertain();
        Instant earliest = date.earliest() != null ? date.earliest() : edtf.earliest();
        Instant latest = date.latest() != null ? date.latest() : edtf.latest();
        if (latest.isBefore(earliest)) {
            latest = earliest;
        }
        String words = (edtf.isInterval() ? range(earliest, latest) : words(edtf.precision(), earliest))
                + qualifier(approximate, uncertain);
        String plain = edtf.text().replaceAll("[~?%]", "");
        String machine = HTML_DATETIME.matcher(plain).matches() ? plain : null;
        return new ReaderDate(words, machine, shape(edtf), earliest, latest, approximate, uncertain);
    }

    public boolean placed() {
        return earliest != null && latest != null;
    }

    private static Shape shape(Edtf edtf) {
        if (edtf.isInterval()) {
            return Shape.SPAN;
        }
        return switch (edtf.precision()) {
            case YEAR, MONTH -> Shape.BAND;
            case WEEK -> Shape.SPAN;
            case DAY, MINUTE, SECOND -> Shape.POINT;
        };
    }

    private static String words(Precision precision, Instant earliest) {
        ZonedDateTime from = earliest.atZone(ZoneOffset.UTC);
        return switch (precision) {
            case YEAR -> YEAR.format(from);
            case MONTH -> MONTH.format(from);
            case WEEK -> "week of " + DAY.format(from);
            case DAY -> DAY.format(from);
            case MINUTE, SECOND -> DAY.format(from) + ", " + TIME.format(from) + " UTC";
        };
    }

    private static String range(Instant earliest, Instant latest) {
        ZonedDateTime from = earliest.atZone(ZoneOffset.UTC);
        ZonedDateTime to = latest.atZone(ZoneOffset.UTC);
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
