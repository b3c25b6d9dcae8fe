package io.newsroom.gateway.ingestion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.InvalidEdtfException;
import io.newsroom.stylebook.RelativePhrases;
import io.newsroom.stylebook.UnresolvablePhraseException;

/**
 * Time expressions spotted by patterns of news copy and resolved by the stylebook's {@link RelativePhrases}, the
 * one place the system reads "early next week". What the engine adds is only what the stylebook lacks, each marked
 * "Stylebook gap" below and listed in the ingestion report: a yearless day or month, or a bare weekday, read
 * forwards when the clause looks ahead; weekends; early/mid/late with a named month or a year; abbreviated month
 * names; clock times; "a fortnight ago" and "the day before yesterday". Everything it cannot read is left out
 * rather than guessed.
 */
public final class StylebookTimeExpressions implements TimeExpressionFinder {

    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String STOP = "(?![\\p{L}\\p{N}])";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String NUMBER = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    /** Words that bound or soften a date without moving it: "by Thursday" is still Thursday. */
    private static final String LEAD = "(?:(?i:by|from|until|till|no earlier than|no later than|as early as|late on"
            + "|early on|later on|in the early hours of|in the small hours of)\\s+)?";
    private static final String PART = "(?i:(early|mid|late|the end of|the start of|the beginning of|the middle of))";

    private enum Form {
        DAY_MONTH, MONTH_DAY, PART_MONTH, MONTH, PART_YEAR, YEAR, RELATIVE_UNIT, COUNTED, WEEKDAY, DAY_WORD, COMING,
        WEEKEND, CLOCK
    }

    private static final Map<Form, Pattern> PATTERNS = Map.ofEntries(
            Map.entry(Form.DAY_MONTH, Pattern.compile(START + LEAD + "(?:(?i:on)\\s+)?(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})"
                    + "(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?" + STOP)),
            Map.entry(Form.MONTH_DAY, Pattern.compile(START + LEAD + "(?:(?i:on)\\s+)?(?:" + WEEKDAY + ",?\\s+)?" + MONTH
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + STOP + "(?:,?\\s+(\\d{4}))?" + STOP)),
            Map.entry(Form.PART_MONTH, Pattern.compile(START + "(?:(?i:in|by|until|from|for)\\s+)?" + PART + "[\\s-]+"
                    + MONTH + "(?:\\s+(\\d{4}))?" + STOP)),
            Map.entry(Form.MONTH, Pattern.compile(START + "(?i:(in|for|by|until|during|from|last|next|this))\\s+"
                    + MONTH + "(?:\\s+(\\d{4}))?" + STOP)),
            Map.entry(Form.PART_YEAR, Pattern.compile(START + "(?:(?i:in|by|until|from)\\s+)?" + PART + "[\\s-]+"
                    + "((?:19|20)\\d{2})" + STOP)),
            Map.entry(Form.YEAR, Pattern.compile(START + "(?i:in|by|until|during|from)\\s+((?:19|20)\\d{2})" + STOP)),
            Map.entry(Form.RELATIVE_UNIT, Pattern.compile(START + LEAD + "((?i:(?:(?:early|mid|late|later|earlier"
                    + "|the end of|the start of)\\s+)?(?:this|next|last)\\s+(?:week|month|year)))" + STOP)),
            Map.entry(Form.COUNTED, Pattern.compile(START + "(?i:(" + NUMBER + "\\s+(?:days?|weeks?|months?|years?)\\s+ago"
                    + "|in\\s+" + NUMBER + "\\s+days?|a\\s+fortnight\\s+ago|the\\s+day\\s+before\\s+yesterday))" + STOP)),
            Map.entry(Form.WEEKDAY, Pattern.compile(START + LEAD + "(?:(?i:(on|this|next|last))\\s+)?" + WEEKDAY
                    + "(?:\\s+(?i:morning|afternoon|evening|night))?" + STOP)),
            Map.entry(Form.DAY_WORD, Pattern.compile(START + "(?i:(?:earlier|later|late|early)\\s+)?"
                    + "((?i:today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening))"
                    + "(?:\\s+(?i:morning|afternoon|evening|night))?" + STOP)),
            Map.entry(Form.COMING, Pattern.compile(START + "((?i:in the coming|in coming|in the next few|within)\\s+"
                    + "(?i:days|weeks))" + STOP)),
            Map.entry(Form.WEEKEND, Pattern.compile(START + "(?i:(over|at|during|by|this|last|next)\\s+(?:the\\s+)?weekend)"
                    + STOP)),
            Map.entry(Form.CLOCK, Pattern.compile(START + "(?i:(?:at|shortly after|shortly before|just after|just before"
                    + "|soon after|around|about|by|until)\\s+(?:\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)"
                    + "|\\d{1,2}:\\d{2}|noon|midday|midnight))" + STOP)));

    private static final Map<String, String> MONTH_NAMES = Map.ofEntries(Map.entry("jan", "January"),
            Map.entry("feb", "February"), Map.entry("mar", "March"), Map.entry("apr", "April"), Map.entry("may", "May"),
            Map.entry("jun", "June"), Map.entry("jul", "July"), Map.entry("aug", "August"), Map.entry("sep", "September"),
            Map.entry("sept", "September"), Map.entry("oct", "October"), Map.entry("nov", "November"),
            Map.entry("dec", "December"));

    @Override
    public String name() {
        return "stylebook";
    }

    @Override
    public List<TimeExpression> find(String sentence, ZonedDateTime anchor) {
        List<TimeExpression> found = new ArrayList<>();
        for (Form form : Form.values()) {
            Matcher m = PATTERNS.get(form).matcher(sentence);
            while (m.find()) {
                if (baseline(sentence, m.start())) {
                    continue;
                }
                TimeExpression expression = read(form, m, anchor);
                if (expression != null) {
                    found.add(expression);
                }
            }
        }
        List<TimeExpression> chosen = new ArrayList<>();
        found.sort(Comparator.comparingInt((TimeExpression e) -> e.start() - e.end()).thenComparingInt(TimeExpression::start));
        for (TimeExpression candidate : found) {
            if (chosen.stream().noneMatch(c -> c.start() < candidate.end() && candidate.start() < c.end())) {
                chosen.add(candidate);
            }
        }
        // A clock time names the day only when nothing else in the sentence does ("shortly after 3pm" = today).
        if (chosen.size() > 1) {
            chosen.removeIf(e -> PATTERNS.get(Form.CLOCK).matcher(e.phrase()).matches());
        }
        chosen.sort(Comparator.comparingInt(TimeExpression::start));
        return chosen;
    }

    /**
     * "Since 2004" and "every Sunday" date no happening: one is the baseline of a comparison or the start of a state
     * ("the highest since 2004"), the other a routine. Neither is proposed as an event.
     */
    private static boolean baseline(String sentence, int start) {
        String before = sentence.substring(0, start);
        int comma = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('“')));
        List<String> words = new ArrayList<>();
        for (Words.Word word : Words.of(before.substring(comma + 1))) {
            words.add(word.lower());
        }
        if (!words.isEmpty() && (words.get(words.size() - 1).equals("every") || words.get(words.size() - 1).equals("each"))) {
            return true;
        }
        // "since 2004" and "since Fiona in 2022" are baselines; "since negotiations collapsed in early October" dates
        // the collapse, so a verb between "since" and the date makes it an event again.
        int since = words.subList(Math.max(0, words.size() - 4), words.size()).lastIndexOf("since");
        if (since < 0) {
            return false;
        }
        List<String> between = words.subList(Math.max(0, words.size() - 4) + since + 1, words.size());
        return between.stream().noneMatch(StatusRules::isPastForm);
    }

    private static TimeExpression read(Form form, Matcher m, ZonedDateTime anchor) {
        LocalDate today = anchor.toLocalDate();
        try {
            return switch (form) {
                case DAY_MONTH -> day(m, anchor, m.group(2), m.group(3), m.group(4));
                case MONTH_DAY -> day(m, anchor, m.group(3), m.group(2), m.group(4));
                case PART_MONTH -> {
                    // Stylebook gap: early/mid/late is understood only with this/next/last; with a month it keeps the
                    // month and marks it approximate, as the stylebook does for "early next week".
                    String month = monthName(m.group(2));
                    Edtf past = monthReading(month, m.group(3), anchor, false).approximately();
                    Edtf future = monthReading(month, m.group(3), anchor, true).approximately();
                    yield expression(m, month + (m.group(3) == null ? "" : " " + m.group(3)), past, future);
                }
                case MONTH -> {
                    String month = monthName(m.group(2));
                    String qualifier = m.group(1).toLowerCase(Locale.ROOT);
                    if (qualifier.equals("last") || qualifier.equals("next") || qualifier.equals("this")) {
                        // Stylebook gap: "last March" and "next March" are not stylebook phrases.
                        Edtf date = qualifiedMonth(qualifier, Month.valueOf(month.toUpperCase(Locale.ROOT)), today);
                        yield expression(m, qualifier + " " + month, date, date);
                    }
                    yield expression(m, month + (m.group(3) == null ? "" : " " + m.group(3)),
                            monthReading(month, m.group(3), anchor, false), monthReading(month, m.group(3), anchor, true));
                }
                case PART_YEAR -> {
                    // Stylebook gap: "early 2026" keeps the year, approximate.
                    Edtf year = RelativePhrases.resolve("in " + m.group(2), anchor).approximately();
                    yield expression(m, m.group(2), year, year);
                }
                case YEAR -> {
                    Edtf year = RelativePhrases.resolve("in " + m.group(1), anchor);
                    yield expression(m, "in " + m.group(1), year, year);
                }
                case RELATIVE_UNIT, COMING -> {
                    Edtf date = RelativePhrases.resolve(m.group(1), anchor);
                    yield expression(m, m.group(1), date, date);
                }
                case COUNTED -> {
                    String core = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    // Stylebook gap: neither a fortnight nor the day before yesterday is a stylebook phrase.
                    String phrase = switch (core) {
                        case "a fortnight ago" -> "two weeks ago";
                        case "the day before yesterday" -> "2 days ago";
                        default -> core;
                    };
                    Edtf date = RelativePhrases.resolve(phrase, anchor);
                    yield expression(m, phrase, date, date);
                }
                case WEEKDAY -> weekday(m, anchor);
                case DAY_WORD -> {
                    Edtf date = RelativePhrases.resolve(m.group(1), anchor);
                    yield expression(m, m.group(1).toLowerCase(Locale.ROOT), date, date);
                }
                case WEEKEND -> weekend(m, today);
                case CLOCK -> {
                    // Stylebook gap: no clock times. A time of day with no day named is today in the outlet's zone;
                    // the minute is not kept because the stylebook cannot resolve the phrase that gives it.
                    Edtf date = RelativePhrases.resolve("today", anchor);
                    yield expression(m, "today", date, date);
                }
            };
        } catch (UnresolvablePhraseException | InvalidEdtfException e) {
            // Not a date of the calendar ("31 February") or not a phrase the rules read: nothing is proposed for it,
            // which is the stylebook's own rule (refuse, never guess).
            return null;
        }
    }

    private static TimeExpression day(Matcher m, ZonedDateTime anchor, String dayOfMonth, String monthWord, String year) {
        String month = monthName(monthWord);
        if (year != null) {
            Edtf date = RelativePhrases.resolve(dayOfMonth + " " + month + " " + year, anchor);
            return expression(m, dayOfMonth + " " + month + " " + year, date, date);
        }
        Edtf past = RelativePhrases.resolve(dayOfMonth + " " + month, anchor);
        // Stylebook gap: a day without a year is read as the newest that has begun; a clause that looks ahead
        // ("will resume on 17 November", written on 5 November) means the next one.
        LocalDate today = anchor.toLocalDate();
        int thisYear = today.getYear();
        LocalDate candidate = LocalDate.of(thisYear, Month.valueOf(month.toUpperCase(Locale.ROOT)), 1);
        int wanted = Integer.parseInt(dayOfMonth);
        if (wanted > candidate.lengthOfMonth()) {
            return null;
        }
        candidate = candidate.withDayOfMonth(wanted);
        int futureYear = candidate.isBefore(today) ? thisYear + 1 : thisYear;
        Edtf future = RelativePhrases.resolve(dayOfMonth + " " + month + " " + futureYear, anchor);
        return expression(m, dayOfMonth + " " + month, past, future);
    }

    private static Edtf monthReading(String month, String year, ZonedDateTime anchor, boolean ahead) {
        if (year != null) {
            return RelativePhrases.resolve(month + " " + year, anchor);
        }
        if (!ahead) {
            return RelativePhrases.resolve(month, anchor);
        }
        // Stylebook gap: a month without a year is read backwards only; looking ahead it is the next such month.
        YearMonth current = YearMonth.from(anchor.toLocalDate());
        YearMonth named = YearMonth.of(current.getYear(), Month.valueOf(month.toUpperCase(Locale.ROOT)));
        if (named.isBefore(current)) {
            named = named.plusYears(1);
        }
        return RelativePhrases.resolve(month + " " + named.getYear(), anchor);
    }

    private static Edtf qualifiedMonth(String qualifier, Month month, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth named = YearMonth.of(today.getYear(), month);
        return Edtf.month(switch (qualifier) {
            case "last" -> named.isBefore(current) ? named : named.minusYears(1);
            case "next" -> named.isAfter(current) ? named : named.plusYears(1);
            default -> named;
        });
    }

    private static TimeExpression weekday(Matcher m, ZonedDateTime anchor) {
        String day = m.group(2);
        String qualifier = m.group(1) == null ? "on" : m.group(1).toLowerCase(Locale.ROOT);
        if (!qualifier.equals("on")) {
            Edtf date = RelativePhrases.resolve(qualifier + " " + day, anchor);
            return expression(m, qualifier + " " + day, date, date);
        }
        Edtf past = RelativePhrases.resolve("on " + day, anchor);
        // Stylebook gap: a bare weekday is read as the last one on or before the anchor; a clause that looks ahead
        // ("will gather on Monday") means the next one on or after it, this week's if it is still to come.
        Edtf today = RelativePhrases.resolve("today", anchor);
        Edtf thisWeek = RelativePhrases.resolve("this " + day, anchor);
        Edtf future;
        if (past.equals(today)) {
            future = today;
        } else if (thisWeek.earliest().isAfter(today.latest())) {
            future = thisWeek;
        } else {
            future = RelativePhrases.resolve("next " + day, anchor);
        }
        return expression(m, day, past, future);
    }

    /** Stylebook gap: weekends are not stylebook phrases. A weekend is its Saturday and Sunday, as an interval. */
    private static TimeExpression weekend(Matcher m, LocalDate today) {
        String qualifier = m.group(1).toLowerCase(Locale.ROOT);
        LocalDate thisSaturday = today.with(DayOfWeek.SATURDAY);
        boolean inWeekend = today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate pastSaturday = inWeekend ? thisSaturday : thisSaturday.minusWeeks(1);
        Edtf past = weekendOf(pastSaturday);
        Edtf future = weekendOf(thisSaturday);
        return switch (qualifier) {
            case "last" -> expression(m, "last weekend", weekendOf(thisSaturday.minusWeeks(1)),
                    weekendOf(thisSaturday.minusWeeks(1)));
            case "next" -> expression(m, "next weekend", weekendOf(thisSaturday.plusWeeks(1)),
                    weekendOf(thisSaturday.plusWeeks(1)));
            case "this", "by" -> expression(m, "this weekend", future, future);
            default -> expression(m, "the weekend", past, future);
        };
    }

    private static Edtf weekendOf(LocalDate saturday) {
        return Edtf.interval(Edtf.day(saturday), Edtf.day(saturday.plusDays(1)));
    }

    private static String monthName(String word) {
        String key = word.replace(".", "").toLowerCase(Locale.ROOT);
        String full = MONTH_NAMES.get(key.length() > 4 ? key.substring(0, 3) : key);
        return full != null && (key.length() <= 4 || full.toLowerCase(Locale.ROOT).equals(key)) ? full : word;
    }

    private static TimeExpression expression(Matcher m, String resolvedPhrase, Edtf past, Edtf future) {
        return new TimeExpression(m.start(), m.end(), m.group(), resolvedPhrase, past, future);
    }
}
