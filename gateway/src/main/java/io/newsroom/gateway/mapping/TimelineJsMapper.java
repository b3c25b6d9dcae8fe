package io.newsroom.gateway.mapping;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.view.TimelineJsDocument;
import io.newsroom.gateway.view.TimelineJsDocument.Date;
import io.newsroom.gateway.view.TimelineJsDocument.Slide;
import io.newsroom.gateway.view.TimelineJsDocument.Text;

/** A story's timeline as TimelineJS 3 JSON. Pure. */
public final class TimelineJsMapper {

    private static final Set<String> NOT_HAPPENED = Set.of("SCHEDULED", "POSTPONED", "RESCHEDULED");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private TimelineJsMapper() {
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
        Optional<EdtfParts> when = EdtfParts.parse(event.when() == null ? null : event.when().edtf());
        if (when.isEmpty()) {
            return Optional.empty();
        }
        EdtfParts start = when.get();
        Optional<EdtfParts> end = event.end() == null ? Optional.empty() : EdtfParts.parse(event.end().edtf());
        Date startDate = cut(start.start(), start.precision());
        Date endDate = end.map(e -> cut(e.end(), e.precision()))
                .orElse(start.isSpan() ? cut(start.end(), start.precision() == EdtfParts.Precision.WEEK
                        ? EdtfParts.Precision.DAY : start.precision()) : null);
        return Optional.of(new Slide(startDate, endDate, displayDate(event, start), new Text(escape(event.title()), body(event)),
                event.kind(), event.id()));
    }

    static Date cut(LocalDateTime t, EdtfParts.Precision precision) {
        return switch (precision) {
            case YEAR -> new Date(t.getYear(), null, null, null, null);
            case MONTH -> new Date(t.getYear(), t.getMonthValue(), null, null, null);
            // TimelineJS has no weeks: a week is drawn as the Monday-to-Sunday span of days it is.
            case WEEK, DAY -> new Date(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), null, null);
            case MINUTE -> new Date(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
        };
    }

    static String displayDate(Event event, EdtfParts when) {
        boolean upcoming = NOT_HAPPENED.contains(event.status());
        boolean week = when.precision() == EdtfParts.Precision.WEEK;
        if (!upcoming && !week && !when.approximate() && !when.uncertain()) {
            return null;
        }
        String text = switch (when.precision()) {
            case YEAR -> String.valueOf(when.start().getYear());
            case MONTH -> MONTH.format(when.start());
            case WEEK -> "Week " + when.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of "
                    + when.start().get(IsoFields.WEEK_BASED_YEAR) + " (" + DAY.format(when.start()) + " to "
                    + DAY.format(when.end()) + ")";
            case DAY -> when.isSpan() ? DAY.format(when.start()) + " to " + DAY.format(when.end()) : DAY.format(when.start());
            case MINUTE -> MINUTE.format(when.start());
        };
        if (when.approximate()) {
            text = "About " + text;
        }
        if (when.uncertain()) {
            text = text + " (uncertain)";
        }
        if (upcoming) {
            text = switch (event.status()) {
                case "POSTPONED" -> "Postponed, was " + text;
                case "RESCHEDULED" -> "Rescheduled: " + text;
                default -> "Scheduled: " + text;
            };
        }
        return text;
    }

    private static String body(Event event) {
        StringBuilder html = new StringBuilder();
        if (event.description() != null && !event.description().isBlank()) {
            html.append("<p>").append(escape(event.description())).append("</p>");
        }
        if (event.location() != null && event.location().name() != null) {
            html.append("<p>Where: ").append(escape(event.location().name())).append("</p>");
        }
        List<Citation> citations = event.citations() == null ? List.of() : event.citations();
        if (!citations.isEmpty()) {
            html.append("<p>Sources: ").append(citations.stream()
                    .map(c -> "<a href=\"" + escape(c.url()) + "\">" + escape(c.outlet() != null ? c.outlet()
                            : c.title() != null ? c.title() : c.url()) + "</a>")
                    .collect(Collectors.joining(", "))).append("</p>");
        }
        return html.isEmpty() ? null : html.toString();
    }

    /** TimelineJS renders text as HTML: newsroom text must not become markup. */
    static String escape(String s) {
        if (s == null) {
            return null;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
