package io.newsroom.timeline.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The reads of what is expected (the overdue list, the diary, the last overdue end in a window's
 * entity tag) walk the partial indexes of expected events, not the event table: most of a story's
 * events have occurred, and a read across stories must not scan them. A story of 30,000 occurred
 * events and 3,000 expected ones is loaded with one INSERT ... SELECT, then the exact statements are
 * EXPLAINed.
 */
@QuarkusTest
class ExpectedEventsIndexTest {

    @Test
    void theOverdueListTheDiaryAndTheWindowTagReadTheIndexesOfExpectedEvents() throws Exception {
        String story = "expected-check-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = connect()) {
            load(db, story);
            try {
                Instant now = Instant.parse("2026-12-01T12:00:00Z");
                List<String> overdue = explain(db, EventReads.overdueStatement(false), EventReads.overdueParameters(now, null, 51));
                assertUses(overdue, "event_expected_timeline");
                TimelineQuery.SortKey key = new TimelineQuery.SortKey(Instant.parse("2020-01-01T00:00:00Z"),
                        Instant.parse("2020-01-01T23:59:59Z"), TimelineQuery.NO_POSITION, new UUID(0, 0));
                assertUses(explain(db, EventReads.overdueStatement(true), EventReads.overdueParameters(now, key, 51)),
                        "event_expected_timeline");
                assertUses(explain(db, EventReads.diaryStatement(false), EventReads.diaryParameters(
                        Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-07T23:59:59Z"), null, 51)),
                        "event_expected_timeline");
                // The window's tag reads the last end passed: one probe, never a count of every overdue event.
                List<String> tag = explain(db, StoryChanges.COUNTS, Map.of("storyId", story, "now", now));
                assertUses(tag, "event_expected_end");
                assertTrue(tag.stream().anyMatch(line -> line.matches(".*Scan Backward using event_expected_end.*")),
                        String.join("\n", tag));
                assertFalse(tag.stream().anyMatch(line -> line.contains("Aggregate")), String.join("\n", tag));
            } finally {
                try (PreparedStatement delete = db.prepareStatement("delete from story where id = ?")) {
                    delete.setString(1, story);
                    delete.executeUpdate();
                }
            }
        }
    }

    private static void assertUses(List<String> plan, String index) {
        String shown = String.join("\n", plan);
        System.out.println("plan:\n  " + String.join("\n  ", plan));
        assertFalse(plan.stream().anyMatch(line -> line.matches(".*Seq Scan on event( .*)?")), shown);
        assertTrue(plan.stream().anyMatch(line -> line.contains(index)), shown);
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** One day each, from 2016 on; every eleventh event is still SCHEDULED, the others OCCURRED. */
    private static void load(Connection db, String story) throws Exception {
        try (PreparedStatement insertStory = db.prepareStatement(
                "insert into story (id, title, tags, created_at, updated_at) values (?, 'Expected check', '{}', now(), now())")) {
            insertStory.setString(1, story);
            insertStory.executeUpdate();
        }
        String insert = """
                insert into event (id, story_id, title, kind, when_edtf, when_precision, earliest, latest, status,
                                   recorded_at, updated_at)
                select gen_random_uuid(), ?, 'Event ' || n, 'OTHER', to_char(d, 'YYYY-MM-DD'), 'DAY', d,
                       d + interval '1 day' - interval '1 second',
                       case when n % 11 = 0 then 'SCHEDULED' else 'OCCURRED' end, now(), now()
                  from generate_series(1, 33000) as n,
                       lateral (select timestamptz '2016-01-01 00:00:00+00' + (n % 4000) * interval '1 day') as t(d)
                """;
        try (PreparedStatement events = db.prepareStatement(insert); Statement analyze = db.createStatement()) {
            events.setString(1, story);
            events.executeUpdate();
            analyze.execute("analyze event");
        }
    }

    private static List<String> explain(Connection db, String sql, Map<String, Object> values) throws Exception {
        List<String> names = TimelineQuery.parameterNamesInOrder(sql);
        String positional = sql.replaceAll("(?<!:):[a-zA-Z]+", "?");
        List<String> plan = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("explain " + positional)) {
            for (int i = 0; i < names.size(); i++) {
                Object value = values.get(names.get(i));
                if (value instanceof Instant instant) {
                    statement.setTimestamp(i + 1, Timestamp.from(instant));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        return plan;
    }
}
