package io.newsroom.gateway.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the EDTF subset the services store, as far as an export needs: the calendar parts at the precision given.
 * The services own the rules; this only cuts a date the way it was written, so the export never claims more
 * precision than the newsroom had.
 */
public record EdtfParts(Precision precision, LocalDateTime start, LocalDateTime end, boolean approximate, boolean uncertain) {

    public enum Precision { YEAR, MONTH, WEEK, DAY, MINUTE }

    private static final Pattern YEAR = Pattern.compile("(-?\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(-?\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?");

    /** @return the parts of one date or of an interval's start (end = the interval's end), empty when unreadable */
    public static Optional<EdtfParts> parse(String edtf) {
        if (edtf == null || edtf.isBlank()) {
            return Optional.empty();
        }
        String text = edtf.trim();
        boolean approximate = text.contains("~") || text.contains("%");
        boolean uncertain = text.contains("?") || text.contains("%");
        String plain = text.replaceAll("[~?%]", "");
        int slash = plain.indexOf('/');
        if (slash >= 0) {
            Optional<EdtfParts> from = single(plain.substring(0, slash), approximate, uncertain);
            Optional<EdtfParts> to = single(plain.substring(slash + 1), approximate, uncertain);
            if (from.isEmpty()) {
                return to;
            }
            return Optional.of(to.map(t -> new EdtfParts(from.get().precision(), from.get().start(), t.end(), approximate, uncertain))
                    .orElse(from.get()));
        }
        return single(plain, approximate, uncertain);
    }

    private static Optional<EdtfParts> single(String s, boolean approximate, boolean uncertain) {
        try {
            Matcher m;
            if ((m = TIME.matcher(s)).matches()) {
                LocalDate date = LocalDate.parse(m.group(1));
                LocalDateTime local = date.atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
                if (m.group(5) != null && !"Z".equals(m.group(5))) {
                    String offset = m.group(5).length() == 5 ? m.group(5).substring(0, 3) + ":" + m.group(5).substring(3) : m.group(5);
                    local = OffsetDateTime.of(local, ZoneOffset.of(offset)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                }
                return Optional.of(new EdtfParts(Precision.MINUTE, local, local, approximate, uncertain));
            }
            if ((m = DAY.matcher(s)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new EdtfParts(Precision.DAY, d.atStartOfDay(), d.atStartOfDay(), approximate, uncertain));
            }
            if ((m = WEEK.matcher(s)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new EdtfParts(Precision.WEEK, monday.atStartOfDay(), monday.plusDays(6).atStartOfDay(),
                        approximate, uncertain));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return Optional.of(new EdtfParts(Precision.MONTH, first.atStartOfDay(), first.atStartOfDay(), approximate, uncertain));
            }
            if ((m = YEAR.matcher(s)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
                return Optional.of(new EdtfParts(Precision.YEAR, first.atStartOfDay(), first.atStartOfDay(), approximate, uncertain));
            }
        } catch (RuntimeException outOfRange) {
            // A month 13 or week 54 is not a date; the caller leaves such a date out rather than inventing one.
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean isSpan() {
        return !start.equals(end);
    }
}
