package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.EventKind;
import io.newsroom.timeline.domain.EventStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One page of a story's timeline as ONE statement: whether the story exists, the events of the
 * page and their participants and citations. Kept apart from the repository so a test can
 * EXPLAIN exactly the statement the service runs.
 *
 * <p>The story row drives the statement, so an unknown story is no row at all and a story with an
 * empty page is one row without an event. The events are found by a lateral subquery whose
 * order (earliest, latest, sort_position, id) is total and whose keyset condition is a row
 * comparison over the same columns, so the composite index event_timeline serves both.
 */
public record TimelineQuery(
        String storyId,
        Instant from,
        Instant to,
        Set<EventStatus> statuses,
        Set<EventKind> kinds,
        String participant,
        String text,
        Instant asOf,
        SortKey after,
        int limit) {

    /** The position of an event in the timeline; a null manual position sorts last. */
    public record SortKey(Instant earliest, Instant latest, int sortPosition, UUID id) {
    }

    public static final int NO_POSITION = Integer.MAX_VALUE;

    public String sql() {
        StringBuilder page = new StringBuilder("select ").append(EventReads.EVENT_COLUMNS);
        if (asOf != null) {
            page.append(", (select t.to_status from event_transition t where t.event_id = e.id"
                    + " and t.recorded_at <= :asOf order by t.seq desc limit 1) as status_then");
        }
        page.append(" from event e where e.story_id = s.id");
        if (from != null) {
            // Overlap: the event's span (up to its end, if any) reaches into [from, to].
            page.append(" and coalesce(e.end_latest, e.latest) >= :from");
        }
        if (to != null) {
            page.append(" and e.earliest <= :to");
        }
        if (asOf != null) {
            page.append(" and e.recorded_at <= :asOf");
        }
        if (!statuses.isEmpty()) {
            page.append(asOf == null
                    ? " and e.status = any(:statuses)"
                    : " and (select t.to_status from event_transition t where t.event_id = e.id and t.recorded_at <= :asOf"
                            + " order by t.seq desc limit 1) = any(:statuses)");
        }
        if (!kinds.isEmpty()) {
            page.append(" and e.kind = any(:kinds)");
        }
        if (participant != null) {
            page.append(" and exists (select 1 from event_participant p where p.event_id = e.id"
                    + " and (lower(p.name) = lower(:participant) or p.wikidata_id = :participant))");
        }
        if (text != null) {
            page.append(" and e.search @@ websearch_to_tsquery(e.search_config, :text)");
        }
        if (after != null) {
            page.append(" and (e.earliest, e.latest, e.sort_position, e.id)"
                    + " > (cast(:afterEarliest as timestamptz), cast(:afterLatest as timestamptz),"
                    + " cast(:afterPosition as integer), cast(:afterId as uuid))");
        }
        page.append(" order by e.earliest, e.latest, e.sort_position, e.id limit :limit");
        return "select s.id as found_story, e.*, " + EventReads.DETAIL_COLUMNS
                + " from story s left join lateral (" + page + ") e on true "
                + EventReads.DETAIL_JOINS
                + " where s.id = :storyId order by e.earliest, e.latest, e.sort_position, e.id";
    }

    /** The parameters {@link #sql()} names. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("storyId", storyId);
        if (from != null) {
            p.put("from", from);
        }
        if (to != null) {
            p.put("to", to);
        }
        if (asOf != null) {
            p.put("asOf", asOf);
        }
        if (!statuses.isEmpty()) {
            p.put("statuses", statuses.stream().map(Enum::name).toArray(String[]::new));
        }
        if (!kinds.isEmpty()) {
            p.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
        }
        if (participant != null) {
            p.put("participant", participant);
        }
        if (text != null) {
            p.put("text", text);
        }
        if (after != null) {
            p.put("afterEarliest", after.earliest());
            p.put("afterLatest", after.latest());
            p.put("afterPosition", after.sortPosition());
            p.put("afterId", after.id());
        }
        p.put("limit", limit);
        return p;
    }

    public static List<String> parameterNamesInOrder(String sql) {
        return java.util.regex.Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql).results()
                .map(r -> r.group(1)).toList();
    }
}
