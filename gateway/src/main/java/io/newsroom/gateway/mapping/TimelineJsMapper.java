package io.newsroom.gateway.mapping;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.newsroom.gateway.domain.ArticleStatus;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.view.TimelineJsDocument;
import io.newsroom.gateway.view.TimelineJsDocument.Date;
import io.newsroom.gateway.view.TimelineJsDocument.Slide;
import io.newsroom.gateway.view.TimelineJsDocument.Text;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.InvalidEdtfException;
import io.newsroom.stylebook.Precision;

/** A story's timeline as TimelineJS 3 JSON. Pure. */
public final class TimelineJsMapper {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /**
     * How much of a story one screen width of the viewer's time axis shows when it opens: eight weeks, the four
     * before the event it opens on and the four after, where a story's latest developments and what is expected next
     * sit.
     */
    static final Duration OPENING_SCREEN = Duration.ofDays(56);
    /** The viewer's own scale_factor: the whole story drawn two screen widths wide. */
    static final double VIEWER_SCALE = 2;

    /**
     * Where the TimelineJS viewer opens on a story, as two of its options: TimelineJS's JSON has no say over it (the
     * viewer reads only title, events, eras and scale from it), and by default it opens on the title slide with the
     * whole story two screens wide, which for a story reaching back years shows its oldest events and no recent one.
     *
     * @param startAtSlide the viewer's start_at_slide: the latest event that has begun (the title slide is 0)
     * @param scaleFactor the viewer's scale_factor: how many screen widths the whole story is drawn across
     */
    public record Opening(@JsonProperty("start_at_slide") int startAtSlide, @JsonProperty("scale_factor") double scaleFactor) {
    }

    private TimelineJsMapper() {
    }

    /**
     * Opens on the latest event that has begun by {@code now} (the first one when none has), with the time axis
     * zoomed so that a screen width shows {@link #OPENING_SCREEN}; a story shorter than that keeps the viewer's zoom.
     * The slide is counted as the viewer counts it: it orders slides by their start date alone, keeping the
     * document's order among equal ones, after the title slide.
     */
    public static Opening opening(TimelineJsDocument document, Instant now) {
        List<Slide> events = document.events() == null ? List.of() : document.events();
        if (events.isEmpty()) {
            return new Opening(0, VIEWER_SCALE);
        }
        List<Slide> inViewerOrder = events.stream().sorted(Comparator.comparing((Slide s) -> instant(s.startDate()))).toList();
        int opening = 0;
        for (int i = 0; i < inViewerOrder.size(); i++) {
            if (!instant(inViewerOrder.get(i).startDate()).isAfter(now)) {
                opening = i;
            }
        }
        Instant earliest = instant(inViewerOrder.get(0).startDate());
        Instant latest = inViewerOrder.stream().map(s -> instant(s.endDate() != null ? s.endDate() : s.startDate()))
                .max(Comparator.naturalOrder()).orElse(earliest);
        double screens = (double) Duration.between(earliest, latest).toMillis() / OPENING_SCREEN.toMillis();
        return new Opening(opening + (document.title() == null ? 0 : 1), Math.max(VIEWER_SCALE, Math.round(screens * 10) / 10.0));
    }

    /** The instant the viewer reads a date as: its first moment, parts left out taken as the first of their kind. */
    static Instant instant(Date date) {
        return LocalDateTime.of(date.year(), date.month() == null ? 1 : date.month(), date.day() == null ? 1 : date.day(),
                date.hour() == null ? 0 : date.hour(), date.minute() == null ? 0 : date.minute()).toInstant(ZoneOffset.UTC);
    }

    public static TimelineJsDocument toTimelineJs(Story story, List<Event> events) {
        Slide title = new Slide(null, null, null, new Text(escape(story.title()), escape(story.summary())), null, null);
        List<Slide> slides = events.stream().sorted(StoryViewMapper.TIMELINE_ORDER)
                .map(TimelineJsMapper::slide)
                .flatMap(Optional::stream)
                .toList();
        return new TimelineJsDocument(title, slides);
    }

    /** An event whose date cannot be read has no place on a time axis, so it is left out rather than misplaced. */
    static Optional<Slide> slide(Event event) {
        Optional<Edtf> when = read(event.when());
        if (when.isEmpty()) {
            return Optional.empty();
        }
        Edtf start = when.get();
        Optional<Edtf> end = read(event.end());
        Date startDate = cut(start.start().earliest(), start.start().precision());
        Date endDate = end.map(e -> cut(e.end().latest(), e.end().precision()))
                .orElse(start.isInterval() ? cut(start.end().latest(), start.end().precision())
                        : start.precision() == Precision.WEEK ? cut(start.latest(), Precision.WEEK) : null);
        return Optional.of(new Slide(startDate, endDate, displayDate(event, start, end), new Text(escape(event.title()), body(event)),
                event.kind(), event.id()));
    }

    /** The shared rules read the date, so the export says no more than the stored text does. */
    private static Optional<Edtf> read(EdtfDate date) {
        if (date == null || date.edtf() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Edtf.parse(date.edtf()));
        } catch (InvalidEdtfException unreadable) {
            return Optional.empty();
        }
    }

    /** The parts of an instant a date of this precision has, in UTC; finer parts are left out. */
    static Date cut(Instant instant, Precision precision) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return switch (precision) {
            case YEAR -> new Date(t.getYear(), null, null, null, null);
            case MONTH -> new Date(t.getYear(), t.getMonthValue(), null, null, null);
            // TimelineJS has no weeks: a week is drawn as the Monday-to-Sunday span of days it is, and the
            // display date says it is a week.
            case WEEK, DAY -> new Date(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), null, null);
            case MINUTE, SECOND -> new Date(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
        };
    }

    /**
     * Set only when the date parts alone would mislead; then it says the whole span, up to a separate end, because
     * the viewer shows this text instead of the dates it would otherwise write from start_date and end_date.
     */
    static String displayDate(Event event, Edtf when, Optional<Edtf> end) {
        boolean overdue = event.overdue() && event.status() != null && event.status().upcoming();
        boolean upcoming = event.status() != null && event.status().upcoming() && !overdue;
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        boolean week = when.start().precision() == Precision.WEEK || when.end().precision() == Precision.WEEK
                || end.map(e -> e.end().precision() == Precision.WEEK).orElse(false);
        boolean approximate = when.approximate() || end.map(Edtf::approximate).orElse(false);
        boolean uncertain = when.uncertain() || end.map(Edtf::uncertain).orElse(false);
        if (!upcoming && !overdue && !cancelled && !week && !approximate && !uncertain) {
            return null;
        }
        String text = end.isPresent() ? words(when.isInterval() ? when.start() : when) + " to "
                        + words(end.get().isInterval() ? end.get().end() : end.get())
                : when.isInterval() ? words(when.start()) + " to " + words(when.end()) : words(when);
        if (approximate) {
            text = "About " + text;
        }
        if (uncertain) {
            text = text + " (uncertain)";
        }
        if (cancelled) {
            // Kept on the axis where it was to be, so a reader sees that something expected there did not happen.
            text = "Cancelled, was to be " + text;
        } else if (overdue) {
            // Its date has passed with nothing recorded: the export must not present it as still to come, nor as done.
            text = "Expected " + text + " \u2014 not confirmed";
        } else if (upcoming) {
            text = switch (event.status()) {
                case POSTPONED -> "Postponed, was " + text;
                case RESCHEDULED -> "Rescheduled: " + text;
                default -> "Scheduled: " + text;
            };
        }
        return text;
    }

    private static String words(Edtf single) {
        LocalDateTime from = LocalDateTime.ofInstant(single.earliest(), ZoneOffset.UTC);
        LocalDateTime to = LocalDateTime.ofInstant(single.latest(), ZoneOffset.UTC);
        return switch (single.precision()) {
            case YEAR -> String.valueOf(from.getYear());
            case MONTH -> MONTH.format(from);
            case WEEK -> "Week " + from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of "
                    + from.get(IsoFields.WEEK_BASED_YEAR) + " (" + DAY.format(from) + " to " + DAY.format(to) + ")";
            case DAY -> DAY.format(from);
            case MINUTE, SECOND -> MINUTE.format(from);
        };
    }

    private static String body(Event event) {
        StringBuilder html = new StringBuilder();
        if (event.status() == EventStatus.CANCELLED) {
            html.append("<p><strong>Cancelled:</strong> this did not take place.</p>");
        } else if (event.overdue() && event.status() != null && event.status().upcoming()) {
            html.append("<p><strong>Not confirmed:</strong> this was expected by now, and nobody has recorded whether it "
                    + "took place.</p>");
        }
        if (event.description() != null && !event.description().isBlank()) {
            html.append("<p>").append(escape(event.description())).append("</p>");
        }
        if (event.location() != null && event.location().name() != null) {
            html.append("<p>Where: ").append(escape(event.location().name())).append("</p>");
        }
        List<Citation> citations = event.citations() == null ? List.of() : event.citations();
        // A source corrected or withdrawn since is said first, as the reader page says it beside the event.
        citations.stream().filter(c -> c != null && c.articleChanged()).forEach(c -> html
                .append("<p><strong>").append(c.articleStatus() == ArticleStatus.RETRACTED ? "Source retracted:" : "Source corrected:")
                .append("</strong> ").append(escape(name(c)))
                .append(c.articleStatus() == ArticleStatus.RETRACTED ? " has withdrawn this report." : " has corrected this report.")
                .append(c.articleStatusNote() == null || c.articleStatusNote().isBlank() ? ""
                        : " Its note: \u201c" + escape(c.articleStatusNote().strip()) + "\u201d")
                .append("</p>"));
        if (!citations.isEmpty()) {
            html.append("<p>Sources: ").append(citations.stream()
                    .map(c -> "<a href=\"" + escape(c.url()) + "\">" + escape(name(c)) + "</a>"
                            + (c.articleChanged() ? " (" + c.articleStatus().name().toLowerCase(Locale.ROOT) + ")" : ""))
                    .collect(Collectors.joining(", "))).append("</p>");
        }
        return html.isEmpty() ? null : html.toString();
    }

    private static String name(Citation c) {
        return c.outlet() != null ? c.outlet() : c.title() != null ? c.title() : c.url();
    }

    /** TimelineJS renders text as HTML: newsroom text must not become markup. */
    static String escape(String s) {
        if (s == null) {
            return null;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
