package io.newsroom.timeline.repository;

import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.Anchor;
import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.api.Citation;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.Location;
import io.newsroom.timeline.api.Participant;
import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.RelativeDate;
import io.newsroom.timeline.api.ReviewItem;
import io.newsroom.timeline.api.ReviewReason;
import io.newsroom.timeline.api.Story;
import io.newsroom.timeline.domain.ArticleStatus;
import io.newsroom.timeline.domain.Bias;
import io.newsroom.timeline.domain.EventKind;
import io.newsroom.timeline.domain.EventStatus;
import io.newsroom.timeline.domain.OutletEntity;
import io.newsroom.timeline.domain.RelationType;
import io.newsroom.timeline.mapping.EventMapper;
import io.newsroom.timeline.mapping.RevisionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hot reads (one event, a timeline page) as single prepared statements on the reactive
 * PostgreSQL client. Hibernate stays for writes; here it would translate a query and hydrate
 * entities on every request, which cost more than the database's own work. Each event's
 * participants and citations arrive aggregated in its row, so a page is one round trip.
 */
@ApplicationScoped
public class EventReads {

    /**
     * Every statement is logged here at debug, as Hibernate logs its own under org.hibernate.SQL,
     * so what a request really sends can be counted (the cost tests do).
     */
    public static final String STATEMENT_LOG = Statements.LOG_NAME;

    /** The columns of an event a response needs (sort_position orders a page that wraps them). */
    static final String EVENT_COLUMNS = "e.id, e.story_id, e.title, e.description, e.language, e.kind, e.when_edtf,"
            + " e.end_edtf, e.earliest, e.latest, e.position, e.sort_position, e.relative_phrase, e.anchor_article_id,"
            + " e.anchor_published_at, e.anchor_zone, e.location_name, e.latitude, e.longitude, e.status,"
            + " e.recorded_at, e.updated_at, e.version";
    static final String DETAIL_COLUMNS = "p.participant_names, p.participant_wikidata_ids, c.citation_urls,"
            + " c.citation_outlets, c.citation_titles, c.citation_published_at, c.citation_quotes,"
            + " c.citation_article_statuses, c.citation_article_notes";
    /**
     * An event's participants and citations, one array per field in ordinal order (null when none).
     * Each citation brings the status of the story's article at its URL when that article is corrected
     * or retracted: a probe of the partial index article_flagged, nothing when no article is.
     */
    static final String DETAIL_JOINS = "left join lateral (select array_agg(p.name order by p.ordinal) as participant_names,"
            + " array_agg(p.wikidata_id order by p.ordinal) as participant_wikidata_ids"
            + " from event_participant p where p.event_id = e.id) p on true"
            + " left join lateral (select array_agg(c.url order by c.ordinal) as citation_urls,"
            + " array_agg(c.outlet order by c.ordinal) as citation_outlets,"
            + " array_agg(c.title order by c.ordinal) as citation_titles,"
            + " array_agg(c.published_at order by c.ordinal) as citation_published_at,"
            + " array_agg(c.quote order by c.ordinal) as citation_quotes,"
            + " array_agg(a.status order by c.ordinal) as citation_article_statuses,"
            + " array_agg(a.status_note order by c.ordinal) as citation_article_notes"
            + " from event_citation c left join article a on a.story_id = e.story_id and a.url = c.url"
            + " and a.status <> 'PUBLISHED' where c.event_id = e.id) c on true";

    private static final String ONE_EVENT = "select s.id as found_story, " + EVENT_COLUMNS + ", " + DETAIL_COLUMNS
            + " from story s left join event e on e.story_id = s.id and e.id = :eventId " + DETAIL_JOINS
            + " where s.id = :storyId";

    /** An event with the version its ETag is made of. */
    public record VersionedEvent(Event event, int version) {
    }

    /** The rows of a page, each with the key the next page's cursor is made of. */
    public record PageRow(Event event, TimelineQuery.SortKey key) {
    }

    private static final String STORY_SUMMARY = """
            select s.id, s.title, s.summary, s.tags, s.created_at, s.updated_at,
                   (select count(*) from event e where e.story_id = s.id) as event_count,
                   (select count(*) from event_relation r where r.story_id = s.id) as relation_count,
                   (select count(*) from article a where a.story_id = s.id and a.outlet_id is null) as unmatched_count,
                   k.outlet_ids, k.outlet_names, k.outlet_domains, k.outlet_biases, k.article_counts
              from story s
              left join lateral (
                   select array_agg(o.id) as outlet_ids, array_agg(o.name) as outlet_names,
                          array_agg(o.domain) as outlet_domains, array_agg(o.bias) as outlet_biases,
                          array_agg(n.articles) as article_counts
                     from (select a.outlet_id, count(*) as articles from article a
                            where a.story_id = s.id and a.outlet_id is not null group by a.outlet_id) n
                     join outlet o on o.id = n.outlet_id) k on true
             where s.id = :storyId""";

    /** Still expected, not confirmed: the predicate of the partial indexes of migration V9, word for word. */
    private static final String AWAITING = "e.status in ('SCHEDULED', 'POSTPONED', 'RESCHEDULED')";
    private static final String AFTER_KEY = " and (e.earliest, e.latest, e.sort_position, e.id)"
            + " > (cast(:afterEarliest as timestamptz), cast(:afterLatest as timestamptz),"
            + " cast(:afterPosition as integer), cast(:afterId as uuid))";
    private static final String TIMELINE_ORDER = " order by e.earliest, e.latest, e.sort_position, e.id";

    /**
     * A page of expected events across stories, walking event_expected_timeline in timeline order:
     * the index holds only expected events, and both conditions bound its earliest instant.
     */
    private static String acrossStories(String condition, boolean after) {
        return "select e.*, " + DETAIL_COLUMNS + " from (select " + EVENT_COLUMNS + " from event e where " + AWAITING
                + " and " + condition + (after ? AFTER_KEY : "") + TIMELINE_ORDER + " limit :limit) e " + DETAIL_JOINS
                + TIMELINE_ORDER;
    }

    /** Overdue at :now: its latest instant (its end's, if it has one) has passed, so its earliest has too. */
    private static final String OVERDUE = "e.earliest < :now and coalesce(e.end_latest, e.latest) < :now";
    /** Its time meets the window [:from, :to]. */
    private static final String IN_DIARY = "e.earliest <= :to and coalesce(e.end_latest, e.latest) >= :from";

    /** The events overdue at the instant across all stories, in timeline order after the key. */
    public Uni<List<PageRow>> overdue(Instant now, TimelineQuery.SortKey after, int limit) {
        return query(overdueStatement(after != null), overdueParameters(now, after, limit)).map(EventReads::acrossStoriesRows);
    }

    /** The expected events across all stories whose time meets [from, to], in timeline order after the key. */
    public Uni<List<PageRow>> diary(Instant from, Instant to, TimelineQuery.SortKey after, int limit) {
        return query(diaryStatement(after != null), diaryParameters(from, to, after, limit)).map(EventReads::acrossStoriesRows);
    }

    // The statements and their parameters apart, so that a test EXPLAINs exactly what runs.
    static String overdueStatement(boolean after) {
        return acrossStories(OVERDUE, after);
    }

    static Map<String, Object> overdueParameters(Instant now, TimelineQuery.SortKey after, int limit) {
        Map<String, Object> parameters = keyed(after, limit);
        parameters.put("now", now);
        return parameters;
    }

    static String diaryStatement(boolean after) {
        return acrossStories(IN_DIARY, after);
    }

    static Map<String, Object> diaryParameters(Instant from, Instant to, TimelineQuery.SortKey after, int limit) {
        Map<String, Object> parameters = keyed(after, limit);
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters;
    }

    private static Map<String, Object> keyed(TimelineQuery.SortKey after, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (after != null) {
            parameters.put("afterEarliest", after.earliest());
            parameters.put("afterLatest", after.latest());
            parameters.put("afterPosition", after.sortPosition());
            parameters.put("afterId", after.id());
        }
        parameters.put("limit", limit);
        return parameters;
    }

    private static List<PageRow> acrossStoriesRows(RowSet<Row> rows) {
        List<PageRow> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(new PageRow(event(row), new TimelineQuery.SortKey(instant(row, "earliest"), instant(row, "latest"),
                    row.getInteger("sort_position"), row.getUUID("id"))));
        }
        return out;
    }

    /**
     * The story's events that cite one of its corrected or retracted articles, in timeline order,
     * each with those articles; one statement whose story row says whether the story exists.
     */
    private static final String REVIEW = "select s.id as found_story, x.* from story s left join lateral ("
            + "select e.id, e.title, e.earliest, e.latest, e.sort_position, array_agg(a.url order by c.ordinal) as urls,"
            + " array_agg(a.status order by c.ordinal) as statuses, array_agg(a.status_note order by c.ordinal) as notes,"
            + " array_agg(a.status_changed_at order by c.ordinal) as changed_at"
            + " from event e join event_citation c on c.event_id = e.id"
            + " join article a on a.story_id = e.story_id and a.url = c.url and a.status <> 'PUBLISHED'"
            + " where e.story_id = s.id{after} group by e.id" + TIMELINE_ORDER + " limit :limit) x on true"
            + " where s.id = :storyId order by x.earliest, x.latest, x.sort_position, x.id";

    /** An event to check again, with why: the flagged articles it cites, in citation order, each once. */
    public record ReviewRow(ReviewItem item, TimelineQuery.SortKey key) {
    }

    /** 404 for an unknown story. */
    public Uni<List<ReviewRow>> review(String storyId, TimelineQuery.SortKey after, int limit) {
        Map<String, Object> parameters = keyed(after, limit);
        parameters.put("storyId", storyId);
        return query(REVIEW.replace("{after}", after == null ? "" : AFTER_KEY), parameters).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("there is no story '" + storyId + "'");
            }
            List<ReviewRow> out = new ArrayList<>();
            for (Row row : rows) {
                UUID id = row.getUUID("id");
                if (id == null) {
                    continue;
                }
                String[] urls = row.getArrayOfStrings("urls");
                String[] statuses = row.getArrayOfStrings("statuses");
                String[] notes = row.getArrayOfStrings("notes");
                OffsetDateTime[] changedAt = row.getArrayOfOffsetDateTimes("changed_at");
                Map<String, ReviewReason> byUrl = new LinkedHashMap<>();
                for (int i = 0; i < urls.length; i++) {
                    byUrl.putIfAbsent(urls[i], ReviewReason.of(ArticleStatus.valueOf(statuses[i]), urls[i], notes[i],
                            changedAt[i] == null ? null : changedAt[i].toInstant()));
                }
                out.add(new ReviewRow(ReviewItem.event(id, row.getString("title"), List.copyOf(byUrl.values())),
                        new TimelineQuery.SortKey(instant(row, "earliest"), instant(row, "latest"),
                                row.getInteger("sort_position"), id)));
            }
            return out;
        });
    }

    /** A story with the counts of what it holds and its articles counted per known outlet. */
    public record StorySummary(Story story, int events, int relations, long unmatchedArticles,
            List<ArticleRepository.OutletCount> outletCounts, List<OutletEntity> outlets) {
    }

    private final Statements statements;

    public EventReads(Statements statements) {
        this.statements = statements;
    }

    /** 404 for an unknown story, then for an event that is not in it. */
    public Uni<VersionedEvent> event(String storyId, UUID eventId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("eventId", eventId);
        parameters.put("storyId", storyId);
        return query(ONE_EVENT, parameters).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("there is no story '" + storyId + "'");
            }
            Row row = rows.iterator().next();
            if (row.getUUID("id") == null) {
                throw ProblemException.notFound("the story '" + storyId + "' has no event " + eventId);
            }
            return new VersionedEvent(event(row), row.getInteger("version"));
        });
    }

    /** One page of the timeline in timeline order; 404 for an unknown story. */
    public Uni<List<PageRow>> timeline(TimelineQuery page) {
        return query(page.sql(), page.parameters()).map(rows -> pageRows(rows, page, null));
    }

    /**
     * A page of the timeline with the relations between its events, still one statement: each
     * row carries the relations from its event to another event of the rows. The caller drops
     * those that reach the look-ahead row, which is not on the page.
     */
    public Uni<WindowPage> windowPage(TimelineQuery page) {
        String sql = page.asOf() == null
                ? "with page as (" + page.sql() + ") select page.*, r.relation_ids, r.relation_to, r.relation_types,"
                        + " r.relation_recorded_at from page left join lateral (select array_agg(r.id) as relation_ids,"
                        + " array_agg(r.to_event_id) as relation_to, array_agg(r.type) as relation_types,"
                        + " array_agg(r.recorded_at) as relation_recorded_at from event_relation r"
                        + " where r.from_event_id = page.id and r.to_event_id in (select id from page)) r on true"
                        + " order by page.earliest, page.latest, page.sort_position, page.id"
                // As of an instant, the relations that stood then come from their revisions, read once for the page.
                : "with page as (" + page.sql() + "), relations_then as (select r.state from ("
                        + RevisionReads.standing("relation") + ") r where r.action <> 'DELETED')"
                        + " select page.*, r.relation_states from page left join lateral (select array_agg(x.state::text)"
                        + " as relation_states from relations_then x where x.state ->> 'fromEventId' = page.id::text"
                        + " and x.state ->> 'toEventId' in (select id::text from page)) r on true"
                        + " order by page.earliest, page.latest, page.sort_position, page.id";
        return query(sql, page.parameters()).map(rows -> {
            List<Relation> found = new ArrayList<>();
            List<PageRow> events = pageRows(rows, page, found);
            return new WindowPage(events, found);
        });
    }

    /** A page and the relations found between its rows' events. */
    public record WindowPage(List<PageRow> rows, List<Relation> relations) {
    }

    private static List<PageRow> pageRows(RowSet<Row> rows, TimelineQuery page, List<Relation> relations) {
        if (rows.size() == 0) {
            throw ProblemException.notFound(page.missingStory());
        }
        boolean asOf = page.asOf() != null;
        List<PageRow> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            UUID id = row.getUUID("id");
            if (id == null) {
                continue;
            }
            Event event = asOf ? eventThen(row) : event(row);
            out.add(new PageRow(event, new TimelineQuery.SortKey(instant(row, "earliest"),
                    instant(row, "latest"), row.getInteger("sort_position"), id)));
            if (relations != null && asOf) {
                String[] states = row.getArrayOfStrings("relation_states");
                if (states != null) {
                    for (String state : states) {
                        relations.add(RevisionMapper.read(state, Relation.class));
                    }
                }
            } else if (relations != null) {
                UUID[] ids = row.getArrayOfUUIDs("relation_ids");
                if (ids != null) {
                    UUID[] to = row.getArrayOfUUIDs("relation_to");
                    String[] types = row.getArrayOfStrings("relation_types");
                    OffsetDateTime[] recorded = row.getArrayOfOffsetDateTimes("relation_recorded_at");
                    for (int i = 0; i < ids.length; i++) {
                        relations.add(new Relation(ids[i], page.storyId(), id, to[i], RelationType.valueOf(types[i]),
                                recorded[i].toInstant()));
                    }
                }
            }
        }
        return out;
    }

    /** One statement: the story, its counts and its coverage by outlet; 404 for an unknown story. */
    public Uni<StorySummary> storySummary(String storyId) {
        return query(STORY_SUMMARY, Map.of("storyId", storyId)).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("there is no story '" + storyId + "'");
            }
            Row row = rows.iterator().next();
            String[] tags = row.getArrayOfStrings("tags");
            Story story = new Story(row.getString("id"), row.getString("title"), row.getString("summary"),
                    tags == null ? List.of() : List.of(tags), instant(row, "created_at"), instant(row, "updated_at"));
            List<ArticleRepository.OutletCount> counts = new ArrayList<>();
            List<OutletEntity> outlets = new ArrayList<>();
            UUID[] ids = row.getArrayOfUUIDs("outlet_ids");
            if (ids != null) {
                String[] names = row.getArrayOfStrings("outlet_names");
                String[] domains = row.getArrayOfStrings("outlet_domains");
                String[] biases = row.getArrayOfStrings("outlet_biases");
                Long[] articles = row.getArrayOfLongs("article_counts");
                for (int i = 0; i < ids.length; i++) {
                    OutletEntity outlet = new OutletEntity();
                    outlet.id = ids[i];
                    outlet.name = names[i];
                    outlet.domain = domains[i];
                    outlet.bias = Bias.valueOf(biases[i]);
                    outlets.add(outlet);
                    counts.add(new ArticleRepository.OutletCount(ids[i], articles[i]));
                }
            }
            long unmatched = row.getLong("unmatched_count");
            if (unmatched > 0) {
                counts.add(new ArticleRepository.OutletCount(null, unmatched));
            }
            return new StorySummary(story, row.getLong("event_count").intValue(),
                    row.getLong("relation_count").intValue(), unmatched, counts, outlets);
        });
    }

    Uni<RowSet<Row>> query(String named, Map<String, Object> parameters) {
        return statements.query(named, parameters);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /** The event of a row of the event table. */
    static Event event(Row row) {
        String phrase = row.getString("relative_phrase");
        RelativeDate resolvedFrom = phrase == null ? null : new RelativeDate(phrase,
                new Anchor(row.getUUID("anchor_article_id"), instant(row, "anchor_published_at"), row.getString("anchor_zone")));
        String place = row.getString("location_name");
        Location location = place == null ? null : new Location(place, row.getDouble("latitude"), row.getDouble("longitude"));
        return new Event(row.getUUID("id"), row.getString("story_id"), row.getString("title"), row.getString("description"),
                row.getString("language"), EventKind.valueOf(row.getString("kind")),
                EventMapper.date(row.getString("when_edtf"), resolvedFrom), EventMapper.date(row.getString("end_edtf"), null),
                location, participants(row), EventStatus.valueOf(row.getString("status")), false, citations(row),
                row.getInteger("position"),
                instant(row, "recorded_at"), instant(row, "updated_at"));
    }

    private static List<Participant> participants(Row row) {
        String[] names = row.getArrayOfStrings("participant_names");
        if (names == null) {
            return List.of();
        }
        String[] wikidataIds = row.getArrayOfStrings("participant_wikidata_ids");
        List<Participant> out = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            out.add(new Participant(names[i], wikidataIds[i]));
        }
        return out;
    }

    private static List<Citation> citations(Row row) {
        String[] urls = row.getArrayOfStrings("citation_urls");
        if (urls == null) {
            return List.of();
        }
        String[] outlets = row.getArrayOfStrings("citation_outlets");
        String[] titles = row.getArrayOfStrings("citation_titles");
        OffsetDateTime[] published = row.getArrayOfOffsetDateTimes("citation_published_at");
        String[] quotes = row.getArrayOfStrings("citation_quotes");
        String[] statuses = row.getArrayOfStrings("citation_article_statuses");
        String[] notes = row.getArrayOfStrings("citation_article_notes");
        List<Citation> out = new ArrayList<>(urls.length);
        for (int i = 0; i < urls.length; i++) {
            out.add(new Citation(urls[i], outlets[i], titles[i], published[i] == null ? null : published[i].toInstant(),
                    quotes[i]).citing(statuses[i] == null ? null : ArticleStatus.valueOf(statuses[i]), notes[i]));
        }
        return out;
    }

    /**
     * An event as a revision kept it, its citations flagged by the articles of then that were
     * corrected or retracted (the column {@link RevisionReads#flaggedArticlesThen} adds).
     */
    static Event eventThen(Row row) {
        Event kept = RevisionMapper.read(row.getString("state"), Event.class);
        String[] flagged = row.getArrayOfStrings("flagged_articles");
        if (flagged == null) {
            return kept;
        }
        List<Article> articles = new ArrayList<>(flagged.length);
        for (String state : flagged) {
            articles.add(RevisionMapper.read(state, Article.class));
        }
        return EventMapper.flag(kept, articles);
    }
}
