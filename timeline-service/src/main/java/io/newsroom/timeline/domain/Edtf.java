package io.newsroom.timeline.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the subset of EDTF (ISO 8601-2) a newsroom needs: a year, a month, an ISO week, a day,
 * a UTC minute or second (with Z or an offset), an interval of two of those, each optionally
 * qualified approximate (~), uncertain (?) or both (%).
 *
 * <p>The derived instants bound the whole span the text allows: a DAY runs from 00:00:00Z to
 * 23:59:59Z of that UTC day, a WEEK from Monday 00:00:00Z to Sunday 23:59:59Z. Bounds are
 * inclusive and to the second, which is the finest precision accepted, so two dates never fall
 * into a gap between each other's bounds.
 */
public final class Edtf {

    public static final int MAX_LENGTH = 64;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})");

    private final String text;
    private final Precision precision;
    private final Instant earliest;
    private final Instant latest;
    private final boolean approximate;
    private final boolean uncertain;
    private final boolean interval;

    private Edtf(String text, Precision precision, Instant earliest, Instant latest,
            boolean approximate, boolean uncertain, boolean interval) {
        this.text = text;
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
        this.approximate = approximate;
        this.uncertain = uncertain;
        this.interval = interval;
    }

    public static Edtf parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEdtfException("an EDTF date is required, e.g. 2025-08-15, 2025-W48 or 2014");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidEdtfException("an EDTF date has at most " + MAX_LENGTH + " characters");
        }
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            throw new InvalidEdtfException("'" + text + "' has more than one '/'; an interval has exactly two ends");
        }
        if (parts.length == 1) {
            return single(text);
        }
        Edtf start = single(parts[0]);
        Edtf end = single(parts[1]);
        if (end.latest.isBefore(start.earliest)) {
            throw new InvalidEdtfException("the interval '" + text + "' ends before it starts");
        }
        return new Edtf(text, start.precision.coarser(end.precision), start.earliest, end.latest,
                start.approximate || end.approximate, start.uncertain || end.uncertain, true);
    }

    private static Edtf single(String token) {
        if (token.isEmpty()) {
            throw new InvalidEdtfException("an interval needs both ends; open ends ('..') are not supported");
        }
        boolean approximate = false;
        boolean uncertain = false;
        String body = token;
        char last = token.charAt(token.length() - 1);
        if (last == '~' || last == '?' || last == '%') {
            approximate = last != '?';
            uncertain = last != '~';
            body = token.substring(0, token.length() - 1);
        }
        try {
            Matcher m;
            if ((m = YEAR.matcher(body)).matches()) {
                int year = year(m.group(1));
                LocalDate first = LocalDate.of(year, 1, 1);
                return days(token, Precision.YEAR, first, first.plusYears(1), approximate, uncertain);
            }
            if ((m = MONTH.matcher(body)).matches()) {
                LocalDate first = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return days(token, Precision.MONTH, first, first.plusMonths(1), approximate, uncertain);
            }
            if ((m = WEEK.matcher(body)).matches()) {
                int weekYear = year(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate anyDay = LocalDate.of(weekYear, 6, 1);
                long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(anyDay).getMaximum();
                if (week < 1 || week > weeks) {
                    throw new InvalidEdtfException("'" + token + "': ISO week-year " + weekYear + " has weeks 01 to " + weeks);
                }
                LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return days(token, Precision.WEEK, monday, monday.plusWeeks(1), approximate, uncertain);
            }
            if ((m = DAY.matcher(body)).matches()) {
                LocalDate day = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return days(token, Precision.DAY, day, day.plusDays(1), approximate, uncertain);
            }
            if ((m = TIME.matcher(body)).matches()) {
                boolean seconds = m.group(6) != null;
                LocalDateTime local = LocalDateTime.of(year(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        seconds ? Integer.parseInt(m.group(6)) : 0);
                Instant start = local.toInstant(ZoneOffset.of(m.group(7)));
                Precision precision = seconds ? Precision.SECOND : Precision.MINUTE;
                Instant end = seconds ? start : start.plusSeconds(59);
                return new Edtf(token, precision, start, end, approximate, uncertain, false);
            }
        } catch (DateTimeException e) {
            throw new InvalidEdtfException("'" + token + "' is not a real date: " + e.getMessage());
        }
        throw new InvalidEdtfException("'" + token + "' is not a supported EDTF date; use YYYY, YYYY-MM, YYYY-Www,"
                + " YYYY-MM-DD, YYYY-MM-DDThh:mmZ, an interval 'start/end', optionally followed by ~, ? or %");
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1) {
            throw new InvalidEdtfException("year 0000 is not supported");
        }
        return year;
    }

    private static Edtf days(String token, Precision precision, LocalDate first, LocalDate next,
            boolean approximate, boolean uncertain) {
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = next.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        return new Edtf(token, precision, start, end, approximate, uncertain, false);
    }

    public String text() {
        return text;
    }

    public Precision precision() {
        return precision;
    }

    public Instant earliest() {
        return earliest;
    }

    public Instant latest() {
        return latest;
    }

    public boolean approximate() {
        return approximate;
    }

    public boolean uncertain() {
        return uncertain;
    }

    public boolean interval() {
        return interval;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Edtf that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
