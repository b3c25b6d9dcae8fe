package io.newsroom.claims.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the subset of EDTF (ISO 8601-2) a newsroom needs: a year, a month, an ISO week, a
 * day, a UTC minute or second, an interval of two of these, each with the {@code ~} (approximate),
 * {@code ?} (uncertain) or {@code %} (both) qualifier. The earliest and latest instants bound
 * what the value can mean, so values of different precision still order deterministically.
 */
public record Edtf(String edtf, Precision precision, Instant earliest, Instant latest,
                   boolean approximate, boolean uncertain) {

    private static final Pattern SINGLE = Pattern.compile(
            "(?<year>\\d{4})"
            + "(?:-W(?<week>\\d{2})"
            + "|-(?<month>\\d{2})(?:-(?<day>\\d{2})"
            + "(?:T(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?<zone>Z|[+-]\\d{2}:\\d{2}))?)?)?"
            + "(?<qualifier>[~?%])?");

    public static final int MAX_LENGTH = 64;

    /** Parses an EDTF string; a {@link MalformedEdtfException} says why it is not one we accept. */
    public static Edtf parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedEdtfException("a date is required");
        }
        String value = text.strip();
        if (value.length() > MAX_LENGTH) {
            throw new MalformedEdtfException("a date is at most " + MAX_LENGTH + " characters");
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return single(value);
        }
        if (value.indexOf('/', slash + 1) >= 0) {
            throw new MalformedEdtfException("an interval has exactly one '/'");
        }
        Edtf start = single(value.substring(0, slash));
        Edtf end = single(value.substring(slash + 1));
        if (end.latest.isBefore(start.earliest)) {
            throw new MalformedEdtfException("the interval ends before it starts");
        }
        return new Edtf(value, start.precision.coarser(end.precision), start.earliest, end.latest,
                start.approximate || end.approximate, start.uncertain || end.uncertain);
    }

    private static Edtf single(String value) {
        Matcher m = SINGLE.matcher(value);
        if (!m.matches()) {
            throw new MalformedEdtfException("'" + value + "' is not an EDTF date such as 2014, 2025-08, "
                    + "2025-W48, 2025-08-15, 2025-11-27T10:00Z or 2025-11-20/2025-11-23");
        }
        String qualifier = m.group("qualifier");
        boolean approximate = "~".equals(qualifier) || "%".equals(qualifier);
        boolean uncertain = "?".equals(qualifier) || "%".equals(qualifier);
        int year = Integer.parseInt(m.group("year"));
        try {
            if (m.group("week") != null) {
                int week = Integer.parseInt(m.group("week"));
                LocalDate anyDay = LocalDate.of(year, 6, 1);
                long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
                if (week < 1 || week > weeks) {
                    throw new MalformedEdtfException(year + " has no ISO week " + week);
                }
                LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return of(value, Precision.WEEK, monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay(),
                        approximate, uncertain);
            }
            if (m.group("month") == null) {
                Year y = Year.of(year);
                return of(value, Precision.YEAR, y.atDay(1).atStartOfDay(), y.plusYears(1).atDay(1).atStartOfDay(),
                        approximate, uncertain);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group("month")));
            if (m.group("day") == null) {
                return of(value, Precision.MONTH, month.atDay(1).atStartOfDay(),
                        month.plusMonths(1).atDay(1).atStartOfDay(), approximate, uncertain);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group("day")));
            if (m.group("hour") == null) {
                return of(value, Precision.DAY, day.atStartOfDay(), day.plusDays(1).atStartOfDay(),
                        approximate, uncertain);
            }
            boolean seconds = m.group("second") != null;
            ZoneOffset zone = "Z".equals(m.group("zone")) ? ZoneOffset.UTC : ZoneOffset.of(m.group("zone"));
            Instant start = OffsetDateTime.of(day.atTime(Integer.parseInt(m.group("hour")),
                    Integer.parseInt(m.group("minute")), seconds ? Integer.parseInt(m.group("second")) : 0), zone)
                    .toInstant();
            Instant end = start.plus(1, seconds ? ChronoUnit.SECONDS : ChronoUnit.MINUTES);
            return new Edtf(value, seconds ? Precision.SECOND : Precision.MINUTE, start, end.minusSeconds(1),
                    approximate, uncertain);
        } catch (DateTimeException e) {
            throw new MalformedEdtfException("'" + value + "' is not a date of the calendar");
        }
    }

    // Bounds are inclusive and whole seconds, the finest precision an EDTF value here can have,
    // the same way the timeline service writes them.
    private static Edtf of(String value, Precision precision, LocalDateTime start, LocalDateTime endExclusive,
                           boolean approximate, boolean uncertain) {
        return new Edtf(value, precision, start.toInstant(ZoneOffset.UTC),
                endExclusive.toInstant(ZoneOffset.UTC).minusSeconds(1), approximate, uncertain);
    }

    public static final class MalformedEdtfException extends RuntimeException {
        public MalformedEdtfException(String message) {
            super(message);
        }
    }
}
