package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Rows stored under the old rules are brought in line, colliding articles merged, and a rerun changes nothing. */
@QuarkusTest
class StoredDataMigrationTest {

    @Test
    void flywayRanTheJavaMigration() throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("select success from flyway_schema_history where version = '3'")) {
            assertTrue(rows.next(), "V3 is in the schema history");
            assertTrue(rows.getBoolean(1));
        }
    }

    @Test
    void hostileUrlsAndDatesAreNormalisedAndCollidingArticlesMerged() throws SQLException {
        String story = "migration-" + UUID.randomUUID().toString().substring(0, 8);
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        UUID bare = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        List<String> merges = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    merges.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(V3__Stored_data_follows_the_stylebook.class.getName());
        log.addHandler(capture);
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            execute(db, "insert into story (id, title, created_at, updated_at) values ('" + story + "', 'Migration', now(), now())");
            insertArticle(db, older, story, "HTTPS://User:Secret@WWW.Example.COM:443/news/geneva?UTM_Source=feed&b=2&a=1#top",
                    "2025-11-23T10:00:00Z");
            insertArticle(db, newer, story, "https://www.example.com/news/geneva?a=1&b=2&fbclid=abc", "2025-11-24T10:00:00Z");
            insertArticle(db, bare, story, "http://Example.org", "2025-11-25T10:00:00Z");
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into event (id, story_id, title, kind, when_edtf, when_precision, earliest, latest, end_edtf,
                                       end_precision, end_earliest, end_latest, status, recorded_at, updated_at,
                                       relative_phrase, anchor_article_id, anchor_published_at, anchor_zone)
                    values (?, ?, 'Geneva talks', 'MEETING', ' 2025-11-23 ', 'YEAR', '2025-01-01T00:00:00Z',
                            '2025-12-31T23:59:59Z', '2025-W48 ', 'DAY', '2025-11-24T00:00:00Z', '2025-11-24T23:59:59Z',
                            'SCHEDULED', now(), now(), 'yesterday', ?, '2025-11-24T10:00:00Z', 'Europe/Kyiv')""")) {
                insert.setObject(1, event);
                insert.setString(2, story);
                insert.setObject(3, newer);
                insert.executeUpdate();
            }
            execute(db, "insert into event_citation (event_id, ordinal, url) values ('" + event
                    + "', 0, 'https://APNews.com/article/geneva?smid=tw#comments')");
            execute(db, "insert into event_transition (id, event_id, seq, to_status, at, recorded_at, new_when_edtf,"
                    + " citation_url) values (gen_random_uuid(), '" + event + "', 1, 'SCHEDULED', now(), now(), '2025-12-02 ',"
                    + " 'https://www.reuters.com/world/?ref=home&id=7')");

            V3__Stored_data_follows_the_stylebook.apply(db);
            db.commit();

            assertEquals(List.of(older + " https://www.example.com/news/geneva?a=1&b=2 1", bare + " http://example.org/ 1"),
                    rows(db, "select id || ' ' || url || ' ' || version from article where story_id = '" + story
                            + "' order by recorded_at"));
            assertEquals(List.of(older + " 2025-11-23 DAY 2025-11-23 00:00:00+00 2025-11-23 23:59:59+00 2025-W48 WEEK"
                            + " 2025-11-24 00:00:00+00 2025-11-30 23:59:59+00"),
                    rows(db, "set local timezone to 'UTC'; select anchor_article_id || ' ' || when_edtf || ' ' || when_precision"
                            + " || ' ' || earliest || ' ' || latest || ' ' || end_edtf || ' ' || end_precision || ' '"
                            + " || end_earliest || ' ' || end_latest from event where id = '" + event + "'"));
            assertEquals(List.of("https://apnews.com/article/geneva"),
                    rows(db, "select url from event_citation where event_id = '" + event + "'"));
            assertEquals(List.of("2025-12-02 https://www.reuters.com/world/?id=7"),
                    rows(db, "select new_when_edtf || ' ' || citation_url from event_transition where event_id = '" + event + "'"));
            assertTrue(merges.stream().anyMatch(m -> m.contains(newer.toString()) && m.contains(older.toString())), merges::toString);

            // Idempotent: a second run finds nothing to change, so no version moves.
            V3__Stored_data_follows_the_stylebook.apply(db);
            db.commit();
            assertEquals(List.of("1", "1"), rows(db, "select version::text from article where story_id = '" + story
                    + "' order by recorded_at"));
            assertEquals(List.of("1"), rows(db, "select version::text from event where id = '" + event + "'"));
        } finally {
            log.removeHandler(capture);
        }
    }

    private static void insertArticle(Connection db, UUID id, String story, String url, String recordedAt) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into article (id, story_id, url, published_at, zone,"
                + " recorded_at) values (?, ?, ?, ?::timestamptz, 'Europe/Kyiv', ?::timestamptz)")) {
            insert.setObject(1, id);
            insert.setString(2, story);
            insert.setString(3, url);
            insert.setString(4, recordedAt);
            insert.setString(5, recordedAt);
            insert.executeUpdate();
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        String[] statements = sql.split("; ");
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < statements.length - 1; i++) {
                s.execute(statements[i]);
            }
            try (ResultSet rows = s.executeQuery(statements[statements.length - 1])) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
