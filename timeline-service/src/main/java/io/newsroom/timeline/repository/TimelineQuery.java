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
 * <p>The story row drives the statement (for an "as of" page, the story's revision of then), so an unknown story is no row at all and a story with an
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

    /** The page's statement: from the event table, or "as of" an instant from the events' revisions. */
    public String sql() {
        return asOf == null ? currentSql() : asOfSql();
    }

    /** What a 404 for this page says. */
    public String missingStory() {
        return asOf == null ? "there is no story '" + storyId + "'" : "there was no story '" + storyId + "' at " + asOf;
    }

    private String currentSql() {
        StringBuilder page = new StringBuilder("select ").append(EventReads.EVENT_COLUMNS);
        page.append(" from event e where e.story_id = s.id");
        if (from != null) {
            // Overlap: the event's span (up to its end, if any) reaches into [from, to].
            page.append(" and coalesce(e.end_latest, e.latest) >= :from");
        }
        if (to != null) {
            page.append(" and e.earliest <= :to");
        }
        if (!statuses.isEmpty()) {
            page.append(" and e.status = any(:statuses)");
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

    /**
     * The page as the events stood at {@code asOf}: each event's revision of then, unless it is its
     * delete. The walk goes through revision_timeline in timeline order, as the current page goes
     * through event_timeline, and passes over revisions that were not the state then on the index
     * alone, so a page costs its rows and the other revisions among them, not the story's size.
     * Filters read the state of then: its dates, status, kind, participants and text.
     */
    private String asOfSql() {
        StringBuilder page = new StringBuilder("select cast(r.resource_id as uuid) as id, r.earliest, r.latest,"
                + " r.sort_position, r.state::text as state, " + RevisionReads.flaggedArticlesThen("r.state") + " from revision r"
                + " where r.story_id = :storyId and r.resource_type = 'event' and " + RevisionReads.THEN
                + " and r.action <> 'DELETED'");
        if (from != null) {
            page.append(" and coalesce(cast(r.state -> 'end' ->> 'latest' as timestamptz), r.latest) >= :from");
        }
        if (to != null) {
            page.append(" and r.earliest <= :to");
        }
        if (!statuses.isEmpty()) {
            page.append(" and r.state ->> 'status' = any(:statuses)");
        }
        if (!kinds.isEmpty()) {
            page.append(" and r.state ->> 'kind' = any(:kinds)");
        }
        if (participant != null) {
            page.append(" and exists (select 1 from jsonb_array_elements(r.state -> 'participants') p"
                    + " where lower(p ->> 'name') = lower(:participant) or p ->> 'wikidataId' = :participant)");
        }
        if (text != null) {
            page.append(" and to_tsvector(r.search_config, coalesce(r.state ->> 'title', '') || ' '"
                    + " || coalesce(r.state ->> 'description', '')) @@ websearch_to_tsquery(r.search_config, :text)");
        }
        if (after != null) {
            page.append(" and (r.earliest, r.latest, r.sort_position, r.resource_id)"
                    + " > (cast(:afterEarliest as timestamptz), cast(:afterLatest as timestamptz),"
                    + " cast(:afterPosition as integer), cast(:afterId as text))");
        }
        page.append(" order by r.earliest, r.latest, r.sort_position, r.resource_id limit :limit");
        return "select s.resource_id as found_story, e.* from (" + RevisionReads.STORY_THEN + ") s"
                + " left join lateral (" + page + ") e on true"
                + " where s.action <> 'DELETED' order by e.earliest, e.latest, e.sort_position, e.id";
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
            p.put("afterId", asOf == null ? after.id() : after.id().toString());
        }
        p.put("limit", limit);
        return p;
    }

    public static List<String> parameterNamesInOrder(String sql) {
        return java.util.regex.Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql).results()
                .map(r -> r.group(1)).toList();
    }
}
