package io.newsroom.stylebook;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the relative phrases of news copy ("early next week", "on Thursday", "three days ago")
 * into EDTF, read from the anchor's local date in the anchor's zone: an article published
 * 2025-11-28T01:00+02:00 in Kyiv says "yesterday" about 2025-11-27 although it is still the 27th
 * in UTC.
 *
 * <p>A phrase keeps the precision its source gave. "Early next week", "later this month" or "in
 * the coming days" say which week or month, not which days, so they resolve to that week or
 * month marked approximate ({@code 2025-W49~}), never to a day interval that claims more than the
 * article said.
 *
 * <p>A bare weekday ("Thursday", "on Thursday") means the nearest such day on or before the
 * anchor, because news copy reports what already happened; "next Thursday" is the first one after
 * the anchor, "last Thursday" the last one before it, "this Thursday" the one in the anchor's ISO
 * week. A month or day without a year is the newest one that has begun by the anchor. Anything
 * else is refused, never guessed.
 */
public final class RelativePhrases {

    public static final int MAX_LENGTH = 100;
    public static final String SUPPORTED = "today, yesterday, tomorrow, tonight, this morning, last night,"
            + " N days ago, in N days, [early|mid|late|later|earlier] this/next/last week,"
            + " N weeks ago, [on|this|next|last] <weekday>, [early|mid|late|later|earlier] this/next/last month,"
            + " N months ago, [early|late|later|earlier] this/next/last year, N years ago, in the coming days,"
            + " in the coming weeks, [on] <day> <month> [<year>], [on] <month> <day>[, <year>], [in] <month> [<year>],"
            + " [in] <year>";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    private static final String NUMBER = "(\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    private static final String PART = "(?:(early|mid|late|later|earlier|the end of|the start of) )?";

    private static final Pattern DAYS_AGO = Pattern.compile(NUMBER + " days? ago");
    private static final Pattern IN_DAYS = Pattern.compile("in " + NUMBER + " days?");
    private static final Pattern WEEKS_AGO = Pattern.compile(NUMBER + " weeks? ago");
    private static final Pattern MONTHS_AGO = Pattern.compile(NUMBER + " months? ago");
    private static final Pattern YEARS_AGO = Pattern.compile(NUMBER + " years? ago");
    private static final Pattern WEEK = Pattern.compile(PART + "(this|next|last) week");
    private static final Pattern MONTH_RELATIVE = Pattern.compile(PART + "(this|next|last) month");
    private static final Pattern YEAR_RELATIVE = Pattern.compile(PART + "(this|next|last) year");
    private static final Pattern ON_WEEKDAY = Pattern.compile("(?:(on|this|next|last) )?" + WEEKDAY);
    private static final Pattern DAY_MONTH = Pattern.compile("(?:on )?(\\d{1,2})(?:st|nd|rd|th)? " + MONTH
            + "(?:,? (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:on )?" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,? (\\d{4}))?");
    private static final Pattern NAMED_MONTH = Pattern.compile("(?:in )?" + MONTH + "(?: (\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?:in )?(\\d{4})");

    private RelativePhrases() {
    }

    /** @throws UnresolvablePhraseException naming the understood forms */
    public static Edtf resolve(String phrase, ZonedDateTime anchor) {
        if (phrase == null || phrase.isBlank() || phrase.length() > MAX_LENGTH) {
            throw new UnresolvablePhraseException("a phrase has 1 to " + MAX_LENGTH + " characters");
        }
        String p = normalise(phrase);
        LocalDate today = anchor.toLocalDate();
        Matcher m;
        switch (p) {
            case "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today":
                return Edtf.day(today);
            case "yesterday", "last night":
                return Edtf.day(today.minusDays(1));
            case "tomorrow":
                return Edtf.day(today.plusDays(1));
            case "in the coming days", "in coming days", "in the next few days", "within days":
                return Edtf.interval(Edtf.week(today), Edtf.week(today.plusWeeks(1))).approximately();
            case "in the coming weeks", "in coming weeks", "in the next few weeks", "within weeks":
                return Edtf.interval(Edtf.month(YearMonth.from(today)), Edtf.month(YearMonth.from(today).plusMonths(1)))
                        .approximately();
            default:
                break;
        }
        if ((m = DAYS_AGO.matcher(p)).matches()) {
            return Edtf.day(today.minusDays(number(phrase, m.group(1))));
        }
        if ((m = IN_DAYS.matcher(p)).matches()) {
            return Edtf.day(today.plusDays(number(phrase, m.group(1))));
        }
        if ((m = WEEKS_AGO.matcher(p)).matches()) {
            return Edtf.week(today.minusWeeks(number(phrase, m.group(1))));
        }
        if ((m = MONTHS_AGO.matcher(p)).matches()) {
            return Edtf.month(YearMonth.from(today).minusMonths(number(phrase, m.group(1))));
        }
        if ((m = YEARS_AGO.matcher(p)).matches()) {
            return Edtf.year(today.getYear() - (int) number(phrase, m.group(1)));
        }
        if ((m = WEEK.matcher(p)).matches()) {
            return vague(m.group(1), Edtf.week(today.plusWeeks(shift(m.group(2)))));
        }
        if ((m = MONTH_RELATIVE.matcher(p)).matches()) {
            return vague(m.group(1), Edtf.month(YearMonth.from(today).plusMonths(shift(m.group(2)))));
        }
        if ((m = YEAR_RELATIVE.matcher(p)).matches()) {
            return vague(m.group(1), Edtf.year(today.getYear() + shift(m.group(2))));
        }
        if ((m = ON_WEEKDAY.matcher(p)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String qualifier = m.group(1) == null ? "on" : m.group(1);
            return Edtf.day(switch (qualifier) {
                case "next" -> today.with(TemporalAdjusters.next(day));
                case "last" -> today.with(TemporalAdjusters.previous(day));
                case "this" -> today.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
                default -> today.with(TemporalAdjusters.previousOrSame(day));
            });
        }
        if ((m = DAY_MONTH.matcher(p)).matches()) {
            return namedDay(phrase, today, m.group(2), m.group(1), m.group(3));
        }
        if ((m = MONTH_DAY.matcher(p)).matches()) {
            return namedDay(phrase, today, m.group(1), m.group(2), m.group(3));
        }
        if ((m = NAMED_MONTH.matcher(p)).matches()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            YearMonth named = YearMonth.of(today.getYear(), month);
            if (m.group(2) != null) {
                named = named.withYear(Integer.parseInt(m.group(2)));
            } else if (named.isAfter(YearMonth.from(today))) {
                named = named.minusYears(1);
            }
            return Edtf.month(named);
        }
        if ((m = YEAR.matcher(p)).matches()) {
            try {
                return Edtf.parse(m.group(1));
            } catch (InvalidEdtfException e) {
                throw unresolvable(phrase);
            }
        }
        throw unresolvable(phrase);
    }

    /** Early, mid or late in a unit still names only the unit: keep it, and say it is approximate. */
    private static Edtf vague(String part, Edtf unit) {
        return part == null ? unit : unit.approximately();
    }

    private static Edtf namedDay(String phrase, LocalDate today, String monthName, String dayOfMonth, String year) {
        Month month = Month.valueOf(monthName.toUpperCase(Locale.ROOT));
        try {
            LocalDate day = LocalDate.of(year == null ? today.getYear() : Integer.parseInt(year), month,
                    Integer.parseInt(dayOfMonth));
            if (year == null && day.isAfter(today)) {
                day = day.minusYears(1);
            }
            return Edtf.day(day);
        } catch (java.time.DateTimeException | InvalidEdtfException e) {
            throw new UnresolvablePhraseException("'" + phrase + "' is not a day of the calendar");
        }
    }

    private static UnresolvablePhraseException unresolvable(String phrase) {
        return new UnresolvablePhraseException("the phrase '" + phrase + "' cannot be resolved to a date;"
                + " understood forms are: " + SUPPORTED);
    }

    private static String normalise(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT)
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
            throw new UnresolvablePhraseException("the phrase '" + phrase + "' counts too far for a relative date");
        }
        return value;
    }
}
