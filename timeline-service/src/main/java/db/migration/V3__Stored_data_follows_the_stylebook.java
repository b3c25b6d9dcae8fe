package db.migration;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.InvalidEdtfException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Brings rows stored under the service's own, older rules in line with the shared library: every
 * stored URL normalised by {@link CitationUrl#normalise} and every EDTF date re-derived by
 * {@link Edtf#parse}. Articles of one story whose URLs now coincide are one article: the oldest
 * record survives, events anchored to the others are repointed to it, and each merge is logged.
 * Running it again changes nothing. A value the library refuses is left as it is and logged, since
 * guessing at it would lose what was stored.
 */
public class V3__Stored_data_follows_the_stylebook extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V3__Stored_data_follows_the_stylebook.class);

    @Override
    public void migrate(Context context) throws SQLException {
        apply(context.getConnection());
    }

    /** The whole migration on a connection whose transaction the caller owns. */
    public static void apply(Connection db) throws SQLException {
        normaliseArticles(db);
        normaliseUrls(db, "event_citation", "url", "event_id, ordinal");
        normaliseUrls(db, "event_transition", "citation_url", "id");
        rederiveEventDates(db);
        rederiveTransitionDates(db);
    }

    private record ArticleRow(UUID id, String storyId, String url) {
    }

    private static void normaliseArticles(Connection db) throws SQLException {
        Map<String, UUID> survivors = new HashMap<>();
        Map<UUID, String> renamed = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "select id, story_id, url from article order by story_id, recorded_at, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ArticleRow row = new ArticleRow(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3));
                String url = normalised(row.url(), "article " + row.id());
                UUID survivor = survivors.putIfAbsent(row.storyId() + "\n" + url, row.id());
                if (survivor != null) {
                    merge(db, row, survivor, url);
                } else if (!url.equals(row.url())) {
                    renamed.put(row.id(), url);
                }
            }
        }
        // Duplicates are gone before survivors are renamed, so no rename meets the unique key.
        try (PreparedStatement update = db.prepareStatement(
                "update article set url = ?, version = version + 1 where id = ?")) {
            for (Map.Entry<UUID, String> e : renamed.entrySet()) {
                update.setString(1, e.getValue());
                update.setObject(2, e.getKey());
                update.executeUpdate();
            }
        }
    }

    private static void merge(Connection db, ArticleRow duplicate, UUID survivor, String url) throws SQLException {
        try (PreparedStatement repoint = db.prepareStatement(
                "update event set anchor_article_id = ? where anchor_article_id = ?");
             PreparedStatement delete = db.prepareStatement("delete from article where id = ?")) {
            repoint.setObject(1, survivor);
            repoint.setObject(2, duplicate.id());
            int anchored = repoint.executeUpdate();
            delete.setObject(1, duplicate.id());
            delete.executeUpdate();
            LOG.infof("merged article %s into %s of story '%s': both are %s (%d anchored events repointed)",
                    duplicate.id(), survivor, duplicate.storyId(), url, anchored);
        }
    }

    private static void normaliseUrls(Connection db, String table, String column, String key) throws SQLException {
        List<String> keyColumns = List.of(key.split(", "));
        String where = String.join(" and ", keyColumns.stream().map(c -> c + " = ?").toList());
        try (PreparedStatement select = db.prepareStatement(
                "select " + column + ", " + key + " from " + table + " where " + column + " is not null");
             PreparedStatement update = db.prepareStatement(
                     "update " + table + " set " + column + " = ? where " + where);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String stored = rows.getString(1);
                String url = normalised(stored, table + " " + rows.getString(2));
                if (!url.equals(stored)) {
                    update.setString(1, url);
                    for (int i = 0; i < keyColumns.size(); i++) {
                        update.setObject(i + 2, rows.getObject(i + 2));
                    }
                    update.executeUpdate();
                }
            }
        }
    }

    private static void rederiveEventDates(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select id, when_edtf, when_precision, earliest, latest, end_edtf, end_precision, end_earliest, end_latest"
                        + " from event");
             PreparedStatement update = db.prepareStatement(
                     "update event set when_edtf = ?, when_precision = ?, earliest = ?, latest = ?, end_edtf = ?,"
                             + " end_precision = ?, end_earliest = ?, end_latest = ?, version = version + 1 where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                Edtf when = parsed(rows.getString(2), "event " + id);
                Edtf end = rows.getString(6) == null ? null : parsed(rows.getString(6), "event " + id);
                if (when == null || (rows.getString(6) != null && end == null)) {
                    continue;
                }
                boolean same = matches(when, rows.getString(2), rows.getString(3), rows.getTimestamp(4), rows.getTimestamp(5))
                        && (end == null || matches(end, rows.getString(6), rows.getString(7), rows.getTimestamp(8),
                        rows.getTimestamp(9)));
                if (same) {
                    continue;
                }
                update.setString(1, when.text());
                update.setString(2, when.precision().name());
                update.setTimestamp(3, Timestamp.from(when.earliest()));
                update.setTimestamp(4, Timestamp.from(when.latest()));
                update.setString(5, end == null ? null : end.text());
                update.setString(6, end == null ? null : end.precision().name());
                update.setTimestamp(7, end == null ? null : Timestamp.from(end.earliest()));
                update.setTimestamp(8, end == null ? null : Timestamp.from(end.latest()));
                update.setObject(9, id);
                update.executeUpdate();
            }
        }
    }

    private static void rederiveTransitionDates(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select id, previous_when_edtf, new_when_edtf from event_transition"
                        + " where previous_when_edtf is not null or new_when_edtf is not null");
             PreparedStatement update = db.prepareStatement(
                     "update event_transition set previous_when_edtf = ?, new_when_edtf = ? where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String previous = text(rows.getString(2), "transition " + rows.getString(1));
                String next = text(rows.getString(3), "transition " + rows.getString(1));
                if (!Objects.equals(previous, rows.getString(2)) || !Objects.equals(next, rows.getString(3))) {
                    update.setString(1, previous);
                    update.setString(2, next);
                    update.setObject(3, rows.getObject(1));
                    update.executeUpdate();
                }
            }
        }
    }

    private static boolean matches(Edtf date, String text, String precision, Timestamp earliest, Timestamp latest) {
        return date.text().equals(text) && date.precision().name().equals(precision)
                && earliest != null && date.earliest().equals(earliest.toInstant())
                && latest != null && date.latest().equals(latest.toInstant());
    }

    private static String text(String stored, String where) {
        if (stored == null) {
            return null;
        }
        Edtf date = parsed(stored, where);
        return date == null ? stored : date.text();
    }

    private static Edtf parsed(String stored, String where) {
        try {
            return Edtf.parse(stored);
        } catch (InvalidEdtfException e) {
            LOG.warnf("%s keeps its date '%s', which the stylebook refuses: %s", where, stored, e.getMessage());
            return null;
        }
    }

    private static String normalised(String stored, String where) {
        try {
            return CitationUrl.normalise(stored);
        } catch (IllegalArgumentException e) {
            LOG.warnf("%s keeps its URL '%s', which the stylebook refuses: %s", where, stored, e.getMessage());
            return stored;
        }
    }
}
