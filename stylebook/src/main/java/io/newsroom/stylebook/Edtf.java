package io.newsroom.stylebook;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the subset of EDTF (ISO 8601-2) a newsroom needs: a year ({@code 2014}), a month
 * ({@code 2025-08}), an ISO week ({@code 2025-W48}), a day ({@code 2025-08-15}), a minute or
 * second with {@code Z} or an offset ({@code 2025-11-27T10:00Z}), an interval of two of those
 * ({@code 2025-11-20/2025-11-23}), each end optionally qualified approximate ({@code ~}),
 * uncertain ({@code ?}) or both ({@code %}).
 *
 * <p>The derived instants bound the whole span the text allows, inclusive and to the second (the
 * finest precision accepted), so two dates never fall into a gap between each other's bounds: a
 * DAY runs from 00:00:00Z to 23:59:59Z of that UTC day, a WEEK from Monday 00:00:00Z to Sunday
 * 23:59:59Z. Years run from 0001 to 9999: year 0000 exists in ISO 8601 but no newsroom dates an
 * event to 1 BC, and every store and viewer downstream handles four positive digits.
 *
 * <p>Surrounding white space is dropped; anything else that is not exactly this grammar (a
 * one-digit month, a lower-case {@code w}, a space inside) is refused with a message naming the
 * accepted forms, never guessed.
 */
public final class Edtf {

    public static final int MAX_LENGTH = 64;
    public static final String FORMS = "YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss]Z (or an offset"
            + " such as +02:00), or an interval 'start/end' of two of these, each optionally followed by ~, ? or %";

    private static final Pattern SINGLE = Pattern.compile(
            "(?<year>\\d{4})"
            + "(?:-W(?<week>\\d{2})"
            + "|-(?<month>\\d{2})(?:-(?<day>\\d{2})"
            + "(?:T(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?<zone>Z|[+-]\\d{2}:\\d{2}))?)?)?"
            + "(?<qualifier>[~?%])?");

    private final String text;
    private final Precision precision;
    private final Instant earliest;
    private final Instant latest;
    private final boolean approximate;
    private final boolean uncertain;
    private final Edtf start;
    private final Edtf end;

    private Edtf(String text, Precision precision, Instant earliest, Instant latest,
                 boolean approximate, boolean uncertain, Edtf start, Edtf end) {
        this.text = text;
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
        this.approximate = approximate;
        this.uncertain = uncertain;
        this.start = start == null ? this : start;
        this.end = end == null ? this : end;
    }

    /** @throws InvalidEdtfException with a message for a person when the text is not a date we accept */
    public static Edtf parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEdtfException("a date is required, e.g. 2025-08-15, 2025-W48 or 2014");
        }
        String value = text.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidEdtfException("a date has at most " + MAX_LENGTH + " characters");
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return single(value);
        }
        if (value.indexOf('/', slash + 1) >= 0) {
            throw new InvalidEdtfException("'" + value + "' has more than one '/'; an interval has exactly two ends");
        }
        return interval(single(value.substring(0, slash)), single(value.substring(slash + 1)));
    }

    /** The interval from one date to another, e.g. {@code 2025-11-20/2025-11-23}. */
    public static Edtf interval(Edtf from, Edtf to) {
        if (from.isInterval() || to.isInterval()) {
            throw new InvalidEdtfException("an interval's ends are single dates");
        }
        if (to.latest.isBefore(from.earliest)) {
            throw new InvalidEdtfException("the interval '" + from.text + "/" + to.text + "' ends before it starts");
        }
        return new Edtf(from.text + "/" + to.text, from.precision.coarser(to.precision), from.earliest, to.latest,
                from.approximate || to.approximate, from.uncertain || to.uncertain, from, to);
    }

    public static Edtf year(int year) {
        return parse(String.format("%04d", year));
    }

    public static Edtf month(YearMonth month) {
        return parse(String.format("%04d-%02d", month.getYear(), month.getMonthValue()));
    }

    /** The ISO week the day falls in, e.g. {@code 2025-W48}. */
    public static Edtf week(LocalDate anyDayOfIt) {
        return parse(String.format("%04d-W%02d", anyDayOfIt.get(IsoFields.WEEK_BASED_YEAR),
                anyDayOfIt.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    public static Edtf day(LocalDate day) {
        return parse(String.format("%04d-%02d-%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
    }

    /** The same date marked approximate ({@code ~}, or {@code %} when it is uncertain too), on each end. */
    public Edtf approximately() {
        if (isInterval()) {
            return interval(start.approximately(), end.approximately());
        }
        if (approximate) {
            return this;
        }
        String body = uncertain ? text.substring(0, text.length() - 1) : text;
        return parse(body + (uncertain ? "%" : "~"));
    }

    private static Edtf single(String value) {
        Matcher m = SINGLE.matcher(value);
        if (!m.matches()) {
            throw new InvalidEdtfException("'" + value + "' is not a supported EDTF date; use " + FORMS);
        }
        String qualifier = m.group("qualifier");
        boolean approximate = "~".equals(qualifier) || "%".equals(qualifier);
        boolean uncertain = "?".equals(qualifier) || "%".equals(qualifier);
        int year = Integer.parseInt(m.group("year"));
        if (year < 1) {
            throw new InvalidEdtfException("'" + value + "': years run from 0001 to 9999");
        }
        try {
            if (m.group("week") != null) {
                int week = Integer.parseInt(m.group("week"));
                LocalDate anyDay = LocalDate.of(year, 6, 1);
                long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
                if (week < 1 || week > weeks) {
                    throw new InvalidEdtfException("'" + value + "': ISO week-year " + year + " has weeks 01 to " + weeks);
                }
                LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return days(value, Precision.WEEK, monday, monday.plusWeeks(1), approximate, uncertain);
            }
            if (m.group("month") == null) {
                LocalDate first = LocalDate.of(year, 1, 1);
                return days(value, Precision.YEAR, first, first.plusYears(1), approximate, uncertain);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group("month")));
            if (m.group("day") == null) {
                return days(value, Precision.MONTH, month.atDay(1), month.plusMonths(1).atDay(1), approximate, uncertain);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group("day")));
            if (m.group("hour") == null) {
                return days(value, Precision.DAY, day, day.plusDays(1), approximate, uncertain);
            }
            boolean seconds = m.group("second") != null;
            LocalDateTime local = day.atTime(Integer.parseInt(m.group("hour")), Integer.parseInt(m.group("minute")),
                    seconds ? Integer.parseInt(m.group("second")) : 0);
            Instant first = local.toInstant(ZoneOffset.of(m.group("zone")));
            return new Edtf(value, seconds ? Precision.SECOND : Precision.MINUTE, first,
                    seconds ? first : first.plusSeconds(59), approximate, uncertain, null, null);
        } catch (DateTimeException e) {
            throw new InvalidEdtfException("'" + value + "' is not a date of the calendar");
        }
    }

    private static Edtf days(String value, Precision precision, LocalDate first, LocalDate next,
                             boolean approximate, boolean uncertain) {
        return new Edtf(value, precision, first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                next.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1), approximate, uncertain, null, null);
    }

    /** The text as stored and printed. */
    public String text() {
        return text;
    }

    public Precision precision() {
        return precision;
    }

    /** The first second the date can mean (inclusive). */
    public Instant earliest() {
        return earliest;
    }

    /** The last second the date can mean (inclusive). */
    public Instant latest() {
        return latest;
    }

    public boolean approximate() {
        return approximate;
    }

    public boolean uncertain() {
        return uncertain;
    }

    public boolean isInterval() {
        return start != this;
    }

    /** The first end of an interval; a single date is its own start. */
    public Edtf start() {
        return start;
    }

    /** The last end of an interval; a single date is its own end. */
    public Edtf end() {
        return end;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Edtf that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
