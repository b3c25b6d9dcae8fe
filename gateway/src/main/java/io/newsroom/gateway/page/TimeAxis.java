package io.newsroom.gateway.page;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The horizontal time axis of the reader page, computed on the server so the page needs no script.
 *
 * <p>A story's events bunch up: one year long ago, a month a few years back, then weeks of news. A single linear
 * scale would squeeze the weeks that matter into a sliver, so the axis is cut into segments around each bunch of
 * events, with a marked break between them. Each segment is linear; its width follows how many events it holds.
 * Positions are percentages of the axis width.
 */
public final class TimeAxis {

    /** A bunch of events closer together than this stays on one linear segment. */
    private static final Duration FIRST_GAP = Duration.ofDays(45);
    /** More segments than this and the page turns into breaks: allow longer gaps inside a segment instead. */
    private static final int MAX_SEGMENTS = 5;
    private static final double BREAK_WIDTH = 3.0;
    /** Room for a tick label, in percent of the axis; fewer ticks than that would crowd. */
    private static final double TICK_ROOM = 9.0;

    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** A label on the axis. {@code shortLabel} is what fits at narrow widths; {@code major} ones stay shown there. */
    public record Tick(String left, String label, String shortLabel, boolean major) {
    }

    /** Where the axis skips time. */
    public record Gap(String left, String width) {
    }

    /** Where an event is drawn, as CSS percentages of the axis width; a point has no width of its own. */
    public record Placement(double left, double width) {

        public String style() {
            return String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", left, width);
        }
    }

    private record Segment(Instant from, Instant to, Instant firstEvent, double left, double width) {
    }

    private final List<Segment> segments;
    private final List<Tick> ticks;
    private final List<Gap> gaps;

    private TimeAxis(List<Segment> segments, List<Tick> ticks, List<Gap> gaps) {
        this.segments = segments;
        this.ticks = ticks;
        this.gaps = gaps;
    }

    public static TimeAxis over(List<ReaderDate> dates) {
        List<ReaderDate> placed = dates.stream().filter(ReaderDate::placed)
                .sorted(Comparator.comparing(ReaderDate::earliest).thenComparing(ReaderDate::latest))
                .toList();
        if (placed.isEmpty()) {
            return new TimeAxis(List.of(), List.of(), List.of());
        }
        Duration gap = FIRST_GAP;
        List<List<ReaderDate>> bunches = bunch(placed, gap);
        while (bunches.size() > MAX_SEGMENTS) {
            gap = gap.multipliedBy(2);
            bunches = bunch(placed, gap);
        }
        double room = 100.0 - BREAK_WIDTH * (bunches.size() - 1);
        // One extra share per segment keeps a lone old event readable beside a busy recent week.
        int shares = bunches.stream().mapToInt(b -> b.size() + 1).sum();
        List<Segment> segments = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        double left = 0;
        for (List<ReaderDate> bunch : bunches) {
            Instant first = bunch.get(0).earliest();
            Instant last = bunch.stream().map(ReaderDate::latest).max(Comparator.naturalOrder()).orElseThrow();
            long seconds = Math.max(1, Duration.between(first, last).toSeconds());
            long pad = Math.max(Duration.ofHours(6).toSeconds(), seconds * 3 / 100);
            double width = room * (bunch.size() + 1) / shares;
            segments.add(new Segment(first.minusSeconds(pad), last.plusSeconds(pad), first, left, width));
            left += width;
            if (segments.size() < bunches.size()) {
                gaps.add(new Gap(percent(left), percent(BREAK_WIDTH)));
                left += BREAK_WIDTH;
            }
        }
        return new TimeAxis(List.copyOf(segments), ticks(segments), List.copyOf(gaps));
    }

    public boolean drawn() {
        return !segments.isEmpty();
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public List<Gap> gaps() {
        return gaps;
    }

    /** @return where the date is drawn, or null when it has no bounds to place */
    public Placement place(ReaderDate date) {
        if (!date.placed() || segments.isEmpty()) {
            return null;
        }
        if (date.shape() == ReaderDate.Shape.POINT) {
            Instant middle = date.earliest().plus(Duration.between(date.earliest(), date.latest()).dividedBy(2));
            return new Placement(position(middle), 0);
        }
        double from = position(date.earliest());
        double to = position(date.latest());
        return new Placement(from, Math.max(0, to - from));
    }

    private double position(Instant t) {
        for (Segment s : segments) {
            if (!t.isAfter(s.to())) {
                if (t.isBefore(s.from())) {
                    return s.left();
                }
                double span = Duration.between(s.from(), s.to()).toMillis();
                return s.left() + s.width() * Duration.between(s.from(), t).toMillis() / span;
            }
        }
        Segment last = segments.get(segments.size() - 1);
        return last.left() + last.width();
    }

    private static List<List<ReaderDate>> bunch(List<ReaderDate> sorted, Duration gap) {
        List<List<ReaderDate>> bunches = new ArrayList<>();
        List<ReaderDate> current = new ArrayList<>();
        Instant reach = null;
        for (ReaderDate d : sorted) {
            if (reach != null && d.earliest().isAfter(reach.plus(gap))) {
                bunches.add(current);
                current = new ArrayList<>();
                reach = null;
            }
            current.add(d);
            reach = reach == null || d.latest().isAfter(reach) ? d.latest() : reach;
        }
        bunches.add(current);
        return bunches;
    }

    private static List<Tick> ticks(List<Segment> segments) {
        List<Tick> ticks = new ArrayList<>();
        for (Segment s : segments) {
            long days = Duration.between(s.from(), s.to()).toDays();
            LocalDate first = s.firstEvent().atZone(ZoneOffset.UTC).toLocalDate();
            DateTimeFormatter startFormat = days >= 300 ? YEAR : days >= 28 ? MONTH_YEAR : DAY_MONTH_YEAR;
            double startLeft = positionIn(s, s.firstEvent());
            // A narrow segment at a narrow width has room for a year and no more.
            String shortLabel = s.width() < 20 ? YEAR.format(first) : startFormat.format(first);
            ticks.add(new Tick(percent(startLeft), startFormat.format(first), shortLabel, true));
            int room = (int) Math.floor(s.width() / TICK_ROOM) - 1;
            if (room <= 0) {
                continue;
            }
            // Labels run to the right of their tick: none too close to the segment's own label or to the axis end.
            List<LocalDate> inner = boundaries(s, days).stream()
                    .filter(d -> {
                        double left = positionIn(s, d.atStartOfDay(ZoneOffset.UTC).toInstant());
                        return left - startLeft >= TICK_ROOM * 0.8 && left <= 94;
                    })
                    .toList();
            int every = (int) Math.ceil(inner.size() / (double) room);
            for (int i = 0; i < inner.size(); i += Math.max(1, every)) {
                LocalDate d = inner.get(i);
                double left = positionIn(s, d.atStartOfDay(ZoneOffset.UTC).toInstant());
                String label = days >= 300 ? YEAR.format(d) : days >= 75 ? MONTH.format(d) : DAY_MONTH.format(d);
                ticks.add(new Tick(percent(left), label, label, false));
            }
        }
        return List.copyOf(ticks);
    }

    /** Calendar boundaries inside the segment: years, months or Mondays, whichever suits its length. */
    private static List<LocalDate> boundaries(Segment s, long days) {
        LocalDate from = s.from().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        LocalDate to = s.to().atZone(ZoneOffset.UTC).toLocalDate();
        List<LocalDate> dates = new ArrayList<>();
        LocalDate d;
        ChronoUnit step;
        if (days >= 300) {
            d = from.with(TemporalAdjusters.firstDayOfNextYear());
            step = ChronoUnit.YEARS;
        } else if (days >= 75) {
            d = from.with(TemporalAdjusters.firstDayOfNextMonth());
            step = ChronoUnit.MONTHS;
        } else if (days >= 10) {
            d = from.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
            step = ChronoUnit.WEEKS;
        } else {
            d = from;
            step = ChronoUnit.DAYS;
        }
        while (!d.isAfter(to) && dates.size() < 400) {
            dates.add(d);
            d = d.plus(1, step);
        }
        return dates;
    }

    private static double positionIn(Segment s, Instant t) {
        double span = Duration.between(s.from(), s.to()).toMillis();
        double at = Math.min(span, Math.max(0, Duration.between(s.from(), t).toMillis()));
        return s.left() + s.width() * at / span;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }
}
