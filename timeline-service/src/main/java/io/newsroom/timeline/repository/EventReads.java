package io.newsroom.timeline.repository;

import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.Anchor;
import io.newsroom.timeline.api.Citation;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.Location;
import io.newsroom.timeline.api.Participant;
import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.RelativeDate;
import io.newsroom.timeline.api.Story;
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
            + " c.citation_outlets, c.citation_titles, c.citation_published_at, c.citation_quotes";
    /** An event's participants and citations, one array per field in ordinal order (null when none). */
    static final String DETAIL_JOINS = "left join lateral (select array_agg(p.name order by p.ordinal) as participant_names,"
            + " array_agg(p.wikidata_id order by p.ordinal) as participant_wikidata_ids"
            + " from event_participant p where p.event_id = e.id) p on true"
            + " left join lateral (select array_agg(c.url order by c.ordinal) as citation_urls,"
            + " array_agg(c.outlet order by c.ordinal) as citation_outlets,"
            + " array_agg(c.title order by c.ordinal) as citation_titles,"
            + " array_agg(c.published_at order by c.ordinal) as citation_published_at,"
            + " array_agg(c.quote order by c.ordinal) as citation_quotes"
            + " from event_citation c where c.event_id = e.id) c on true";

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
            Event event = asOf ? RevisionMapper.read(row.getString("state"), Event.class) : event(row);
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
                location, participants(row), EventStatus.valueOf(row.getString("status")), citations(row), row.getInteger("position"),
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
        List<Citation> out = new ArrayList<>(urls.length);
        for (int i = 0; i < urls.length; i++) {
            out.add(new Citation(urls[i], outlets[i], titles[i],
                    published[i] == null ? null : published[i].toInstant(), quotes[i]));
        }
        return out;
    }
}
