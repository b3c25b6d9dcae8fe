package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsroom.stylebook.Precision;
import io.newsroom.timeline.domain.ArticleEntity;
import io.newsroom.timeline.domain.Bias;
import io.newsroom.timeline.domain.EventCitationEntity;
import io.newsroom.timeline.domain.EventEntity;
import io.newsroom.timeline.domain.EventKind;
import io.newsroom.timeline.domain.EventParticipantEntity;
import io.newsroom.timeline.domain.EventRelationEntity;
import io.newsroom.timeline.domain.EventStatus;
import io.newsroom.timeline.domain.EventTransitionEntity;
import io.newsroom.timeline.domain.Factuality;
import io.newsroom.timeline.domain.OutletEntity;
import io.newsroom.timeline.domain.RelationType;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionAction;
import io.newsroom.timeline.domain.RevisionEntity;
import io.newsroom.timeline.domain.StoryEntity;
import io.newsroom.timeline.mapping.ArticleMapper;
import io.newsroom.timeline.mapping.EventMapper;
import io.newsroom.timeline.mapping.OutletMapper;
import io.newsroom.timeline.mapping.RevisionMapper;
import io.newsroom.timeline.mapping.StoryMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Gives everything recorded before revisions were kept a baseline, so "as of" reads, revision
 * lists and restores cover it like everything written since. Each resource gets a CREATED
 * revision at the time it was recorded, holding its state as stored now, since no earlier state
 * was kept. Events are the exception: their status history was kept, so an event gets one
 * revision per transition, each with the status and date it had from then on (a RESCHEDULED
 * transition kept the date before it). Only resources without any revision are touched, so a
 * second run changes nothing.
 */
public class V5__Baseline_revisions extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V5__Baseline_revisions.class);
    static final String SUBJECT = "system:before-revisions";
    static final String NAME = "Recorded before revisions were kept";

    private static final String INSERT = """
            insert into revision (id, resource_type, resource_id, story_id, number, action, author_subject, author_name,
                                  recorded_at, changes, state, version, earliest, latest, sort_position, search_config)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, cast(? as regconfig))""";

    @Override
    public void migrate(Context context) throws SQLException {
        apply(context.getConnection());
    }

    /** The whole baseline on a connection whose transaction the caller owns. */
    public static void apply(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            Baseline out = new Baseline(insert);
            stories(db, out);
            outlets(db, out);
            articles(db, out);
            relations(db, out);
            events(db, out);
            insert.executeBatch();
            LOG.infof("baseline revisions written: %d", out.written);
        }
    }

    private static String without(String type, String idColumn) {
        return " where not exists (select 1 from revision r where r.resource_type = '" + type + "' and r.resource_id = "
                + idColumn + "::text)";
    }

    private static void stories(Connection db, Baseline out) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select id, title, summary, tags, created_at, updated_at, version from story s" + without("story", "s.id"));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                StoryEntity story = new StoryEntity();
                story.id = rows.getString("id");
                story.title = rows.getString("title");
                story.summary = rows.getString("summary");
                Array tags = rows.getArray("tags");
                story.tags = tags == null ? new String[0] : (String[]) tags.getArray();
                story.createdAt = instant(rows, "created_at");
                story.updatedAt = instant(rows, "updated_at");
                story.version = rows.getInt("version");
                out.created(ResourceType.STORY, story.id, story.id, RevisionMapper.state(StoryMapper.toApi(story)),
                        story.createdAt, story.version);
            }
        }
    }

    private static void outlets(Connection db, Baseline out) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select * from outlet o" + without("outlet", "o.id"));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                OutletEntity outlet = new OutletEntity();
                outlet.id = rows.getObject("id", UUID.class);
                outlet.name = rows.getString("name");
                outlet.domain = rows.getString("domain");
                outlet.bias = Bias.valueOf(rows.getString("bias"));
                outlet.biasRatedBy = rows.getString("bias_rated_by");
                outlet.biasRatedAt = instant(rows, "bias_rated_at");
                outlet.factuality = Factuality.valueOf(rows.getString("factuality"));
                outlet.createdAt = instant(rows, "created_at");
                outlet.updatedAt = instant(rows, "updated_at");
                outlet.version = rows.getInt("version");
                out.created(ResourceType.OUTLET, outlet.id.toString(), null, RevisionMapper.state(OutletMapper.toApi(outlet)),
                        outlet.createdAt, outlet.version);
            }
        }
    }

    private static void articles(Connection db, Baseline out) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select * from article a" + without("article", "a.id"));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ArticleEntity article = new ArticleEntity();
                article.id = rows.getObject("id", UUID.class);
                article.storyId = rows.getString("story_id");
                article.url = rows.getString("url");
                article.outletId = rows.getObject("outlet_id", UUID.class);
                article.title = rows.getString("title");
                article.publishedAt = instant(rows, "published_at");
                article.zone = rows.getString("zone");
                article.recordedAt = instant(rows, "recorded_at");
                article.version = rows.getInt("version");
                out.created(ResourceType.ARTICLE, article.id.toString(), article.storyId,
                        RevisionMapper.state(ArticleMapper.toApi(article)), article.recordedAt, article.version);
            }
        }
    }

    private static void relations(Connection db, Baseline out) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select * from event_relation x" + without("relation", "x.id"));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                EventRelationEntity relation = new EventRelationEntity();
                relation.id = rows.getObject("id", UUID.class);
                relation.storyId = rows.getString("story_id");
                relation.fromEventId = rows.getObject("from_event_id", UUID.class);
                relation.toEventId = rows.getObject("to_event_id", UUID.class);
                relation.type = RelationType.valueOf(rows.getString("type"));
                relation.recordedAt = instant(rows, "recorded_at");
                relation.version = rows.getInt("version");
                out.created(ResourceType.RELATION, relation.id.toString(), relation.storyId,
                        RevisionMapper.state(EventMapper.toApi(relation)), relation.recordedAt, relation.version);
            }
        }
    }

    private static void events(Connection db, Baseline out) throws SQLException {
        String pending = " join event e on e.id = x.event_id" + without("event", "e.id");
        Map<UUID, List<EventParticipantEntity>> participants = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("select x.* from event_participant x" + pending
                + " order by x.event_id, x.ordinal"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                EventParticipantEntity p = new EventParticipantEntity();
                p.eventId = rows.getObject("event_id", UUID.class);
                p.ordinal = rows.getInt("ordinal");
                p.name = rows.getString("name");
                p.wikidataId = rows.getString("wikidata_id");
                participants.computeIfAbsent(p.eventId, id -> new ArrayList<>()).add(p);
            }
        }
        Map<UUID, List<EventCitationEntity>> citations = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("select x.* from event_citation x" + pending
                + " order by x.event_id, x.ordinal"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                EventCitationEntity c = new EventCitationEntity();
                c.eventId = rows.getObject("event_id", UUID.class);
                c.ordinal = rows.getInt("ordinal");
                c.url = rows.getString("url");
                c.outlet = rows.getString("outlet");
                c.title = rows.getString("title");
                c.publishedAt = instant(rows, "published_at");
                c.quote = rows.getString("quote");
                citations.computeIfAbsent(c.eventId, id -> new ArrayList<>()).add(c);
            }
        }
        Map<UUID, List<EventTransitionEntity>> histories = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("select x.* from event_transition x" + pending
                + " order by x.event_id, x.seq"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                EventTransitionEntity t = new EventTransitionEntity();
                t.id = rows.getObject("id", UUID.class);
                t.eventId = rows.getObject("event_id", UUID.class);
                t.seq = rows.getInt("seq");
                String from = rows.getString("from_status");
                t.fromStatus = from == null ? null : EventStatus.valueOf(from);
                t.toStatus = EventStatus.valueOf(rows.getString("to_status"));
                t.at = instant(rows, "at");
                t.recordedAt = instant(rows, "recorded_at");
                t.previousWhenEdtf = rows.getString("previous_when_edtf");
                t.newWhenEdtf = rows.getString("new_when_edtf");
                t.citationUrl = rows.getString("citation_url");
                t.citationOutlet = rows.getString("citation_outlet");
                t.citationTitle = rows.getString("citation_title");
                t.citationPublishedAt = instant(rows, "citation_published_at");
                t.citationQuote = rows.getString("citation_quote");
                histories.computeIfAbsent(t.eventId, id -> new ArrayList<>()).add(t);
            }
        }
        try (PreparedStatement select = db.prepareStatement("select * from event e" + without("event", "e.id"));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                EventEntity event = event(rows);
                try {
                    event(event, participants.getOrDefault(event.id, List.of()), citations.getOrDefault(event.id, List.of()),
                            histories.getOrDefault(event.id, List.of()), out);
                } catch (RuntimeException e) {
                    // A date the shared rules refuse (V3 logged and kept it) cannot be served either; it stays without a baseline.
                    LOG.warnf("event %s keeps no baseline revision: %s", event.id, e.getMessage());
                }
            }
        }
    }

    /**
     * One revision per transition, the event's state after each worked out from the last one back:
     * the last is the event as stored now, and before each transition it had that transition's
     * from-status and, before a RESCHEDULED one, the previous date.
     */
    private static void event(EventEntity event, List<EventParticipantEntity> participants,
            List<EventCitationEntity> citations, List<EventTransitionEntity> history, Baseline out) throws SQLException {
        JsonNode now = RevisionMapper.state(EventMapper.toApi(event, event.status, participants, citations));
        List<EventTransitionEntity> ts = new ArrayList<>(history);
        if (ts.isEmpty()) {
            out.created(ResourceType.EVENT, event.id.toString(), event.storyId, now, event.recordedAt, event.version);
            return;
        }
        JsonNode[] after = new JsonNode[ts.size()];
        after[ts.size() - 1] = now;
        for (int k = ts.size() - 1; k > 0; k--) {
            ObjectNode before = after[k].deepCopy();
            EventTransitionEntity t = ts.get(k);
            EventStatus from = t.fromStatus != null ? t.fromStatus : ts.get(k - 1).toStatus;
            before.put("status", from.name());
            if (t.previousWhenEdtf != null) {
                before.set("when", RevisionMapper.state(EventMapper.date(t.previousWhenEdtf, null)));
            }
            before.set("updatedAt", TextNode.valueOf(ts.get(k - 1).recordedAt.toString()));
            after[k - 1] = before;
        }
        for (int k = 0; k < ts.size(); k++) {
            Instant at = k == 0 ? event.recordedAt : ts.get(k).recordedAt;
            out.write(ResourceType.EVENT, event.id.toString(), event.storyId, k + 1,
                    k == 0 ? RevisionAction.CREATED : RevisionAction.UPDATED, k == 0 ? null : after[k - 1], after[k], at,
                    event.version);
        }
        for (EventTransitionEntity t : ts) {
            out.created(ResourceType.TRANSITION, t.id.toString(), event.storyId, RevisionMapper.state(EventMapper.toApi(t)),
                    t.recordedAt, 0);
        }
    }

    private static EventEntity event(ResultSet rows) throws SQLException {
        EventEntity event = new EventEntity();
        event.id = rows.getObject("id", UUID.class);
        event.storyId = rows.getString("story_id");
        event.title = rows.getString("title");
        event.description = rows.getString("description");
        event.kind = EventKind.valueOf(rows.getString("kind"));
        event.whenEdtf = rows.getString("when_edtf");
        event.whenPrecision = Precision.valueOf(rows.getString("when_precision"));
        event.earliest = instant(rows, "earliest");
        event.latest = instant(rows, "latest");
        event.endEdtf = rows.getString("end_edtf");
        event.relativePhrase = rows.getString("relative_phrase");
        event.anchorArticleId = rows.getObject("anchor_article_id", UUID.class);
        event.anchorPublishedAt = instant(rows, "anchor_published_at");
        event.anchorZone = rows.getString("anchor_zone");
        event.language = rows.getString("language");
        event.locationName = rows.getString("location_name");
        event.latitude = rows.getObject("latitude", Double.class);
        event.longitude = rows.getObject("longitude", Double.class);
        event.status = EventStatus.valueOf(rows.getString("status"));
        event.position = rows.getObject("position", Integer.class);
        event.recordedAt = instant(rows, "recorded_at");
        event.updatedAt = instant(rows, "updated_at");
        event.version = rows.getInt("version");
        return event;
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The revisions to write, batched on one prepared statement. */
    private static final class Baseline {
        private final PreparedStatement insert;
        private int written;

        Baseline(PreparedStatement insert) {
            this.insert = insert;
        }

        void created(ResourceType type, String id, String storyId, JsonNode state, Instant at, int version)
                throws SQLException {
            write(type, id, storyId, 1, RevisionAction.CREATED, null, state, at, version);
        }

        void write(ResourceType type, String id, String storyId, int number, RevisionAction action, JsonNode before,
                JsonNode state, Instant at, int version) throws SQLException {
            RevisionEntity r = RevisionMapper.revision(type, id, storyId, action);
            RevisionMapper.describe(r, before, state);
            insert.setObject(1, r.id);
            insert.setString(2, r.resourceType);
            insert.setString(3, r.resourceId);
            insert.setString(4, r.storyId);
            insert.setInt(5, number);
            insert.setString(6, action.name());
            insert.setString(7, SUBJECT);
            insert.setString(8, NAME);
            insert.setObject(9, at.atOffset(ZoneOffset.UTC));
            insert.setString(10, r.changes);
            insert.setString(11, r.state);
            insert.setInt(12, version);
            insert.setObject(13, r.earliest == null ? null : r.earliest.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(14, r.latest == null ? null : r.latest.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            if (r.sortPosition == null) {
                insert.setNull(15, Types.INTEGER);
            } else {
                insert.setInt(15, r.sortPosition);
            }
            insert.setString(16, r.searchConfig);
            insert.addBatch();
            if (++written % 500 == 0) {
                insert.executeBatch();
            }
        }
    }
}
