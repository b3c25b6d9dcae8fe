package io.newsroom.timeline.repository;

import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.Outlet;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.Story;
import io.newsroom.timeline.api.Transition;
import io.newsroom.timeline.domain.OutletEntity;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionAction;
import io.newsroom.timeline.domain.RevisionEntity;
import io.newsroom.timeline.mapping.OutletMapper;
import io.newsroom.timeline.mapping.RevisionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads answered from revisions, each one statement on the reactive client: a resource's
 * revisions, and the record "as of" an instant. As of an instant, a resource is its revision that
 * was recorded by then and not yet followed by another, unless that one is its delete; so what
 * was deleted since is there and what was recorded later is not. Nothing here touches the current tables, and the current
 * reads never touch revisions.
 */
@ApplicationScoped
public class RevisionReads {

    /** Revision r was its resource's state at :asOf: recorded by then, and not yet followed by another. */
    static final String THEN = "r.recorded_at <= :asOf and (r.superseded_at is null or r.superseded_at > :asOf)";

    /** The story's revision of :asOf, if it had one. */
    static final String STORY_THEN = "select r.resource_id, r.action, r.state from revision r where r.story_id = :storyId"
            + " and r.resource_type = 'story' and r.resource_id = :storyId and " + THEN + " limit 1";

    /** The revision of :asOf of each resource of a type in :storyId (deletes included; callers drop them). */
    static String standing(String type) {
        return "select r.resource_id, r.action, r.state from revision r"
                + " where r.story_id = :storyId and r.resource_type = '" + type + "' and " + THEN;
    }

    /**
     * A column: the states of then of the story's articles that were CORRECTED or RETRACTED at :asOf
     * and that the event state {@code eventState} cites (null when none). An article deleted by then
     * flags nothing, as a deleted article flags nothing now.
     */
    static String flaggedArticlesThen(String eventState) {
        return "(select array_agg(a.state::text) from revision a where a.story_id = :storyId and a.resource_type = 'article'"
                + " and a.recorded_at <= :asOf and (a.superseded_at is null or a.superseded_at > :asOf)"
                + " and a.action <> 'DELETED' and a.state ->> 'status' in ('CORRECTED', 'RETRACTED')"
                + " and a.state ->> 'url' in (select c ->> 'url' from jsonb_array_elements(" + eventState + " -> 'citations') c))"
                + " as flagged_articles";
    }

    /**
     * One event of a story as it stood at the instant, its citations flagged by the articles of then;
     * one statement. 404 as {@link #inStory}.
     */
    public Uni<Event> event(String storyId, UUID id, Instant asOf) {
        String sql = "select s.action as story_action, x.action, x.state::text as state, x.flagged_articles from (select 1) one"
                + " left join lateral (" + STORY_THEN + ") s on true"
                + " left join lateral (select r.action, r.state, " + flaggedArticlesThen("r.state") + " from revision r"
                + " where r.story_id = :storyId and r.resource_type = 'event' and r.resource_id = :id and " + THEN
                + " limit 1) x on true";
        return statements.query(sql, Map.of("storyId", storyId, "id", id.toString(), "asOf", asOf)).map(rows -> {
            Row row = rows.iterator().next();
            if (deleted(row, "story_action")) {
                throw noStory(storyId, asOf);
            }
            if (deleted(row, "action")) {
                throw ProblemException.notFound("the story '" + storyId + "' had no event " + id + " at " + asOf);
            }
            return EventReads.eventThen(row);
        });
    }

    /** Outlets belong to no story. */
    private static final String OUTLETS_THEN = "select r.resource_id, r.action, r.state from revision r"
            + " where r.resource_type = 'outlet' and " + THEN;

    private static final String STORY_SUMMARY = """
            with standing as (
                 select r.resource_type, r.resource_id, r.action, r.state from revision r
                  where r.story_id = :storyId and r.resource_type in ('article', 'event', 'relation') and {then}),
            counted as (
                 select k.state ->> 'outletId' as outlet_id, count(*) as articles from standing k
                  where k.resource_type = 'article' and k.action <> 'DELETED' group by 1),
            outlets_then as (
                 select r.resource_id, r.action, r.state from revision r
                  where r.resource_type = 'outlet' and r.resource_id in (select c.outlet_id from counted c) and {then}),
            known as (
                 select c.outlet_id, c.articles, o.state from counted c
                   join outlets_then o on o.resource_id = c.outlet_id and o.action <> 'DELETED')
            select s.action as story_action, s.state::text as story_state,
                   (select count(*) from standing k where k.resource_type = 'event' and k.action <> 'DELETED') as event_count,
                   (select count(*) from standing k where k.resource_type = 'relation' and k.action <> 'DELETED') as relation_count,
                   (select cast(coalesce(sum(c.articles), 0) as bigint) from counted c
                     where c.outlet_id is null or c.outlet_id not in (select k.outlet_id from known k)) as unmatched_count,
                   (select array_agg(k.state::text order by k.outlet_id) from known k) as outlet_states,
                   (select array_agg(k.articles order by k.outlet_id) from known k) as article_counts
              from ({storyThen}) s""".replace("{then}", THEN).replace("{storyThen}", STORY_THEN);

    private static final String REVISION_COLUMNS = "r.id, r.resource_type, r.resource_id, r.story_id, r.number, r.action,"
            + " r.author_subject, r.author_name, r.recorded_at, r.changes::text as changes, r.state::text as state, r.version";

    /** Where a resource must belong for its revisions to be its: a story, and for a transition an event too. */
    public record Owner(String storyId, String eventId) {

        public static final Owner NONE = new Owner(null, null);

        public static Owner story(String storyId) {
            return new Owner(storyId, null);
        }
    }

    private final Statements statements;

    public RevisionReads(Statements statements) {
        this.statements = statements;
    }

    /** A resource's revisions, newest first, below the given number (null: from the newest). */
    public Uni<List<RevisionEntity>> revisions(ResourceType type, String id, Owner owner, Integer below, int limit) {
        StringBuilder sql = new StringBuilder("select ").append(REVISION_COLUMNS)
                .append(" from revision r where r.resource_type = :type and r.resource_id = :id");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", type.key());
        parameters.put("id", id);
        if (owner.storyId() != null) {
            sql.append(" and r.story_id = :storyId");
            parameters.put("storyId", owner.storyId());
        }
        if (owner.eventId() != null) {
            sql.append(" and r.state ->> 'eventId' = :eventId");
            parameters.put("eventId", owner.eventId());
        }
        if (below != null) {
            sql.append(" and r.number < :below");
            parameters.put("below", below);
        }
        sql.append(" order by r.number desc limit :limit");
        parameters.put("limit", limit);
        return statements.query(sql.toString(), parameters).map(rows -> {
            List<RevisionEntity> out = new ArrayList<>(rows.size());
            rows.forEach(row -> out.add(revision(row)));
            return out;
        });
    }

    /** A story as it stood at the instant. */
    public Uni<Story> story(String storyId, Instant asOf) {
        return statements.query("select s.action, s.state::text as state from (" + STORY_THEN + ") s",
                Map.of("storyId", storyId, "asOf", asOf)).map(rows -> {
                    Row row = rows.size() == 0 ? null : rows.iterator().next();
                    if (row == null || deleted(row, "action")) {
                        throw noStory(storyId, asOf);
                    }
                    return RevisionMapper.read(row.getString("state"), Story.class);
                });
    }

    /** The stories that stood at the instant, in id order after the given one. */
    public Uni<List<Story>> stories(Instant asOf, String afterId, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("asOf", asOf);
        parameters.put("limit", limit);
        String after = "";
        if (afterId != null) {
            after = " and r.resource_id > :afterId";
            parameters.put("afterId", afterId);
        }
        String sql = "select r.state::text as state from revision r where r.resource_type = 'story' and " + THEN
                + " and r.action <> 'DELETED'" + after + " order by r.resource_id limit :limit";
        return statements.query(sql, parameters).map(rows -> states(rows, Story.class));
    }

    /**
     * One resource of a story as it stood at the instant; 404 when the story did not stand then,
     * or the resource was not in it (not yet recorded, or deleted by then).
     *
     * @param what the resource in words, for the problem: "event 1f0..."
     */
    public <T> Uni<T> inStory(ResourceType type, String storyId, String id, Instant asOf, Class<T> as, String what) {
        String sql = "select s.action as story_action, x.action, x.state::text as state from (select 1) one"
                + " left join lateral (" + STORY_THEN + ") s on true"
                + " left join lateral (select r.action, r.state from revision r where r.story_id = :storyId"
                + " and r.resource_type = :type and r.resource_id = :id and " + THEN + " limit 1) x on true";
        return statements.query(sql, Map.of("storyId", storyId, "type", type.key(), "id", id, "asOf", asOf)).map(rows -> {
            Row row = rows.iterator().next();
            if (deleted(row, "story_action")) {
                throw noStory(storyId, asOf);
            }
            if (deleted(row, "action")) {
                throw ProblemException.notFound("the story '" + storyId + "' had no " + what + " at " + asOf);
            }
            return RevisionMapper.read(row.getString("state"), as);
        });
    }

    /**
     * A page of a story's resources of one type as they stood at the instant, ordered by an
     * instant field of theirs and then id, after the given key; 404 when the story did not stand then.
     */
    public <T> Uni<List<T>> pageInStory(ResourceType type, String orderField, String storyId, Instant asOf,
            Instant afterAt, UUID afterId, int limit, Class<T> as) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("storyId", storyId);
        parameters.put("asOf", asOf);
        parameters.put("limit", limit);
        String key = "cast(k.state ->> '" + orderField + "' as timestamptz)";
        String after = "";
        if (afterId != null) {
            after = " and (" + key + ", k.resource_id) > (cast(:afterAt as timestamptz), cast(:afterId as text))";
            parameters.put("afterAt", afterAt);
            parameters.put("afterId", afterId.toString());
        }
        String sql = "select s.action as story_action, p.state from (" + STORY_THEN + ") s"
                + " left join lateral (select k.state::text as state, " + key + " as sort_at, k.resource_id from ("
                + standing(type.key()) + ") k where k.action <> 'DELETED'" + after
                + " order by 2, 3 limit :limit) p on true order by p.sort_at, p.resource_id";
        return statements.query(sql, parameters).map(rows -> {
            if (rows.size() == 0 || deleted(rows.iterator().next(), "story_action")) {
                throw noStory(storyId, asOf);
            }
            List<T> out = new ArrayList<>(rows.size());
            rows.forEach(row -> {
                if (row.getString("state") != null) {
                    out.add(RevisionMapper.read(row.getString("state"), as));
                }
            });
            return out;
        });
    }

    /** A transition as one of an event's history at the instant, with its place in that history. */
    public record Numbered(int seq, Transition transition) {
    }

    /**
     * An event's status history as recorded by the instant, oldest first, numbered from 1 in
     * recording order as the history itself is; 404 when the story or event did not stand then.
     */
    public Uni<List<Numbered>> history(String storyId, UUID eventId, Instant asOf, int afterSeq, int limit) {
        String sql = "select s.action as story_action, e.action as event_action, h.seq, h.state from (select 1) one"
                + " left join lateral (" + STORY_THEN + ") s on true"
                + " left join lateral (select r.action from revision r where r.story_id = :storyId"
                + " and r.resource_type = 'event' and r.resource_id = :eventId and " + THEN + " limit 1) e on true"
                + " left join lateral (select t.seq, t.state from (select r.state::text as state, row_number() over"
                + " (order by cast(r.state ->> 'recordedAt' as timestamptz), r.resource_id) as seq from revision r"
                + " where r.story_id = :storyId and r.resource_type = 'transition' and r.state ->> 'eventId' = :eventId"
                + " and " + THEN + " and r.action <> 'DELETED') t"
                + " where t.seq > :afterSeq order by t.seq limit :limit) h on true order by h.seq";
        Map<String, Object> parameters = Map.of("storyId", storyId, "eventId", eventId.toString(), "asOf", asOf,
                "afterSeq", afterSeq, "limit", limit);
        return statements.query(sql, parameters).map(rows -> {
            Row first = rows.iterator().next();
            if (deleted(first, "story_action")) {
                throw noStory(storyId, asOf);
            }
            if (deleted(first, "event_action")) {
                throw ProblemException.notFound("the story '" + storyId + "' had no event " + eventId + " at " + asOf);
            }
            List<Numbered> out = new ArrayList<>(rows.size());
            rows.forEach(row -> {
                if (row.getString("state") != null) {
                    out.add(new Numbered(row.getLong("seq").intValue(), RevisionMapper.read(row.getString("state"),
                            Transition.class)));
                }
            });
            return out;
        });
    }

    /** An outlet as it stood at the instant; 404 when it was not recorded yet or deleted by then. */
    public Uni<Outlet> outlet(UUID id, Instant asOf) {
        String sql = "select r.action, r.state::text as state from revision r where r.resource_type = 'outlet'"
                + " and r.resource_id = :id and " + THEN + " limit 1";
        return statements.query(sql, Map.of("id", id.toString(), "asOf", asOf)).map(rows -> {
            Row row = rows.size() == 0 ? null : rows.iterator().next();
            if (row == null || deleted(row, "action")) {
                throw ProblemException.notFound("there was no outlet " + id + " at " + asOf);
            }
            return RevisionMapper.read(row.getString("state"), Outlet.class);
        });
    }

    /** The outlets that stood at the instant, in domain order after the given domain. */
    public Uni<List<Outlet>> outlets(Instant asOf, String afterDomain, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("asOf", asOf);
        parameters.put("limit", limit);
        String after = "";
        if (afterDomain != null) {
            after = " and k.state ->> 'domain' > :afterDomain";
            parameters.put("afterDomain", afterDomain);
        }
        String sql = "select k.state::text as state from (" + OUTLETS_THEN + ") k where k.action <> 'DELETED'" + after
                + " order by k.state ->> 'domain' limit :limit";
        return statements.query(sql, parameters).map(rows -> states(rows, Outlet.class));
    }

    /** Of the outlets that stood at the instant, the one with the longest of the given domains, or null. */
    public Uni<Outlet> outletOfDomains(List<String> domains, Instant asOf) {
        String sql = "select k.state::text as state from (" + OUTLETS_THEN + ") k where k.action <> 'DELETED'"
                + " and k.state ->> 'domain' = any(:domains) order by length(k.state ->> 'domain') desc limit 1";
        return statements.query(sql, Map.of("asOf", asOf, "domains", domains.toArray(String[]::new)))
                .map(rows -> rows.size() == 0 ? null : RevisionMapper.read(rows.iterator().next().getString("state"), Outlet.class));
    }

    /** The story with its counts and coverage by outlet as they stood at the instant: the story window's and coverage's half. */
    public Uni<EventReads.StorySummary> storySummary(String storyId, Instant asOf) {
        return statements.query(STORY_SUMMARY, Map.of("storyId", storyId, "asOf", asOf)).map(rows -> {
            Row row = rows.size() == 0 ? null : rows.iterator().next();
            if (row == null || deleted(row, "story_action")) {
                throw noStory(storyId, asOf);
            }
            List<ArticleRepository.OutletCount> counts = new ArrayList<>();
            List<OutletEntity> outlets = new ArrayList<>();
            String[] states = row.getArrayOfStrings("outlet_states");
            if (states != null) {
                Long[] articles = row.getArrayOfLongs("article_counts");
                for (int i = 0; i < states.length; i++) {
                    OutletEntity outlet = OutletMapper.fromApi(RevisionMapper.read(states[i], Outlet.class));
                    outlets.add(outlet);
                    counts.add(new ArticleRepository.OutletCount(outlet.id, articles[i]));
                }
            }
            long unmatched = row.getLong("unmatched_count");
            if (unmatched > 0) {
                counts.add(new ArticleRepository.OutletCount(null, unmatched));
            }
            return new EventReads.StorySummary(RevisionMapper.read(row.getString("story_state"), Story.class),
                    row.getLong("event_count").intValue(), row.getLong("relation_count").intValue(), unmatched, counts,
                    outlets);
        });
    }

    private static boolean deleted(Row row, String actionColumn) {
        String action = row.getString(actionColumn);
        return action == null || RevisionAction.DELETED.name().equals(action);
    }

    private static ProblemException noStory(String storyId, Instant asOf) {
        return ProblemException.notFound("there was no story '" + storyId + "' at " + asOf);
    }

    private static <T> List<T> states(RowSet<Row> rows, Class<T> as) {
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(row -> out.add(RevisionMapper.read(row.getString("state"), as)));
        return out;
    }

    static RevisionEntity revision(Row row) {
        RevisionEntity revision = new RevisionEntity();
        revision.id = row.getUUID("id");
        revision.resourceType = row.getString("resource_type");
        revision.resourceId = row.getString("resource_id");
        revision.storyId = row.getString("story_id");
        revision.number = row.getInteger("number");
        revision.action = RevisionAction.valueOf(row.getString("action"));
        revision.authorSubject = row.getString("author_subject");
        revision.authorName = row.getString("author_name");
        revision.recordedAt = EventReads.instant(row, "recorded_at");
        revision.changes = row.getString("changes");
        revision.state = row.getString("state");
        revision.version = row.getInteger("version");
        return revision;
    }
}
