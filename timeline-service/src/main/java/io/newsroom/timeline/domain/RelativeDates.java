package io.newsroom.timeline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the relative phrases of news copy ("early next week", "on Thursday", "three days ago")
 * into EDTF, reading them from the anchor's local date in the anchor's zone: an article published
 * 2025-11-28T01:00+02:00 in Kyiv says "yesterday" about 2025-11-27 even though it is still the
 * 27th in UTC.
 *
 * <p>A bare weekday ("Thursday", "on Thursday") means the nearest such day on or before the
 * anchor, because news copy reports what already happened; "next Thursday" is the first one
 * after the anchor, "last Thursday" the last one before it, "this Thursday" the one in the
 * anchor's ISO week. Anything else is refused, never guessed.
 */
public final class RelativeDates {

    public static final String SUPPORTED = "today, yesterday, tomorrow, N days ago, in N days,"
            + " [early|mid|late] this/next/last week, N weeks ago, [on|this|next|last] <weekday>,"
            + " earlier this month, this/next/last month, this/next/last year, [in] <month> [<year>], [in] <year>";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    private static final String NUMBER = "(\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";

    private static final Pattern DAYS_AGO = Pattern.compile(NUMBER + " days? ago");
    private static final Pattern IN_DAYS = Pattern.compile("in " + NUMBER + " days?");
    private static final Pattern WEEKS_AGO = Pattern.compile(NUMBER + " weeks? ago");
    private static final Pattern WEEK = Pattern.compile("(?:(early|mid|late) )?(this|next|last) week");
    private static final Pattern ON_WEEKDAY = Pattern.compile("(?:(on|this|next|last) )?" + WEEKDAY);
    private static final Pattern MONTH_RELATIVE = Pattern.compile("(this|next|last) month");
    private static final Pattern YEAR_RELATIVE = Pattern.compile("(this|next|last) year");
    private static final Pattern NAMED_MONTH = Pattern.compile("(?:in )?" + MONTH + "(?: (\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?:in )?(\\d{4})");

    private RelativeDates() {
    }

    /** @return the EDTF text the phrase stands for, read from the anchor's local date */
    public static String resolve(String phrase, ZonedDateTime anchor) {
        String p = normalise(phrase);
        LocalDate today = anchor.toLocalDate();
        Matcher m;
        switch (p) {
            case "today":
                return today.toString();
            case "yesterday":
                return today.minusDays(1).toString();
            case "tomorrow":
                return today.plusDays(1).toString();
            case "earlier this month":
                LocalDate first = today.withDayOfMonth(1);
                return first.equals(today) ? today.toString() : first + "/" + today;
            default:
                break;
        }
        if ((m = DAYS_AGO.matcher(p)).matches()) {
            return today.minusDays(number(phrase, m.group(1))).toString();
        }
        if ((m = IN_DAYS.matcher(p)).matches()) {
            return today.plusDays(number(phrase, m.group(1))).toString();
        }
        if ((m = WEEKS_AGO.matcher(p)).matches()) {
            return isoWeek(today.minusWeeks(number(phrase, m.group(1))));
        }
        if ((m = WEEK.matcher(p)).matches()) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(shift(m.group(2)));
            if (m.group(1) == null) {
                return isoWeek(monday);
            }
            return switch (m.group(1)) {
                case "early" -> monday + "/" + monday.plusDays(2);
                case "mid" -> monday.plusDays(1) + "/" + monday.plusDays(3);
                default -> monday.plusDays(3) + "/" + monday.plusDays(6);
            };
        }
        if ((m = ON_WEEKDAY.matcher(p)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String qualifier = m.group(1) == null ? "on" : m.group(1);
            LocalDate date = switch (qualifier) {
                case "next" -> today.with(TemporalAdjusters.next(day));
                case "last" -> today.with(TemporalAdjusters.previous(day));
                case "this" -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .with(TemporalAdjusters.nextOrSame(day));
                default -> today.with(TemporalAdjusters.previousOrSame(day));
            };
            return date.toString();
        }
        if ((m = MONTH_RELATIVE.matcher(p)).matches()) {
            return today.withDayOfMonth(1).plusMonths(shift(m.group(1))).toString().substring(0, 7);
        }
        if ((m = YEAR_RELATIVE.matcher(p)).matches()) {
            return String.format("%04d", today.getYear() + shift(m.group(1)));
        }
        if ((m = NAMED_MONTH.matcher(p)).matches()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int year;
            if (m.group(2) != null) {
                year = Integer.parseInt(m.group(2));
            } else {
                // Without a year, the newest such month that has begun by the anchor: news reports the past.
                year = month.getValue() <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
            }
            return String.format("%04d-%02d", year, month.getValue());
        }
        if ((m = YEAR.matcher(p)).matches() && Integer.parseInt(m.group(1)) > 0) {
            return m.group(1);
        }
        throw new UnresolvablePhraseException(phrase, "the phrase '" + phrase + "' cannot be resolved to a date;"
                + " understood forms are: " + SUPPORTED);
    }

    private static String normalise(String phrase) {
        return phrase.trim().toLowerCase(Locale.ROOT)
                .replaceAll("[.,;:!]+$", "")
                .replaceAll("\\s+", " ");
    }

    private static int shift(String which) {
        return switch (which) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
    }

    private static long number(String phrase, String word) {
        Integer n = NUMBERS.get(word);
        long value = n != null ? n : Long.parseLong(word);
        if (value > 400) {
            throw new UnresolvablePhraseException(phrase, "the phrase '" + phrase + "' counts too far for a relative date");
        }
        return value;
    }

    private static String isoWeek(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

}
