package io.newsroom.timeline.repository;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The timeline page must be served by the event_timeline index even when one story holds
 * 100,000 events. The events are loaded with one INSERT ... SELECT generate_series over plain
 * JDBC, then the exact statement the repository runs is EXPLAINed. Timings are printed, never
 * asserted: they depend on the machine.
 */
@QuarkusTest
class TimelineIndexTest {

    private static final int EVENTS = 100_000;

    @Test
    void aPageOfAHundredThousandEventStoryUsesTheIndex() throws Exception {
        String story = "index-check-" + UUID.randomUUID().toString().substring(0, 8);
        String small = "index-check-small-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = connect()) {
            load(db, small, 60);
            load(db, story, EVENTS);
            try {
                TimelineQuery first = new TimelineQuery(story, null, null, EnumSet.noneOf(io.newsroom.timeline.domain.EventStatus.class),
                        EnumSet.noneOf(io.newsroom.timeline.domain.EventKind.class), null, null, null, null, 51);
                List<String> plan = explain(db, first);
                System.out.println("timeline first page plan at " + EVENTS + " events:\n  " + String.join("\n  ", plan));
                assertNoSeqScanOnEvent(plan);

                TimelineQuery deep = new TimelineQuery(story, null, null, EnumSet.noneOf(io.newsroom.timeline.domain.EventStatus.class),
                        EnumSet.noneOf(io.newsroom.timeline.domain.EventKind.class), null, null, null,
                        new TimelineQuery.SortKey(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-06-01T23:59:59Z"),
                                TimelineQuery.NO_POSITION, new UUID(0, 0)), 51);
                List<String> deepPlan = explain(db, deep);
                System.out.println("timeline keyset page plan:\n  " + String.join("\n  ", deepPlan));
                assertNoSeqScanOnEvent(deepPlan);

                List<String> analyzed = explain(db, deep, "explain (analyze, buffers) ");
                System.out.println("timeline keyset page, executed:\n  " + String.join("\n  ", analyzed));

                // As of an instant the page walks the events' revisions in timeline order the same way.
                reviseAll(db, story);
                TimelineQuery asOf = new TimelineQuery(story, null, null, EnumSet.noneOf(io.newsroom.timeline.domain.EventStatus.class),
                        EnumSet.noneOf(io.newsroom.timeline.domain.EventKind.class), null, null, Instant.now(),
                        deep.after(), 51);
                List<String> asOfPlan = explain(db, asOf, "explain (analyze, buffers) ");
                System.out.println("timeline keyset page as of now, executed:\n  " + String.join("\n  ", asOfPlan));
                assertFalse(asOfPlan.stream().anyMatch(line -> line.matches(".*Seq Scan on revision( .*)?")),
                        String.join("\n", asOfPlan));
                assertTrue(asOfPlan.stream().anyMatch(line -> line.contains("revision_timeline")), String.join("\n", asOfPlan));

                measure(story, EVENTS);
                measure(small, 60);
            } finally {
                // The stories go; their revisions stay, as every revision does. Their change-feed entries are the
                // newest, and positions follow the newest entry: deleted, their positions would be handed out again
                // to later writes, which a reader that has seen them (the stream's relay) would never be sent.
                try (PreparedStatement delete = db.prepareStatement("delete from story where id in (?, ?)")) {
                    delete.setString(1, story);
                    delete.setString(2, small);
                    delete.executeUpdate();
                }
            }
        }
    }

    private static void assertNoSeqScanOnEvent(List<String> plan) {
        // The event table itself; its participant and citation tables are read per event of the page,
        // and a seq scan of them is the planner's right choice while they hold a few pages.
        assertFalse(plan.stream().anyMatch(line -> line.matches(".*Seq Scan on event( .*)?")), String.join("\n", plan));
        assertTrue(plan.stream().anyMatch(line -> line.contains("event_timeline")), String.join("\n", plan));
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static void load(Connection db, String story, int count) throws Exception {
        long started = System.nanoTime();
        try (PreparedStatement insertStory = db.prepareStatement(
                "insert into story (id, title, tags, created_at, updated_at) values (?, 'Index check', '{}', now(), now())")) {
            insertStory.setString(1, story);
            insertStory.executeUpdate();
        }
        // Days across ten years, with every fifth event a week and every tenth a year, so
        // precisions mix the way a real timeline's do.
        String insert = """
                insert into event (id, story_id, title, description, kind, when_edtf, when_precision, earliest, latest,
                                   status, position, recorded_at, updated_at)
                select gen_random_uuid(), ?, 'Event ' || n, 'Generated for the index check', 'OTHER',
                       case p when 'YEAR' then to_char(d, 'YYYY') when 'WEEK' then to_char(d, 'IYYY-"W"IW')
                              else to_char(d, 'YYYY-MM-DD') end,
                       p, s, s + case p when 'YEAR' then interval '1 year' when 'WEEK' then interval '7 days'
                                        else interval '1 day' end - interval '1 second',
                       'OCCURRED', case when n % 7 = 0 then n % 3 end, now(), now()
                  from generate_series(1, ?) as n,
                       lateral (select timestamptz '2016-01-01 00:00:00+00' + (n % 3650) * interval '1 day',
                                       case when n % 10 = 0 then 'YEAR' when n % 5 = 0 then 'WEEK' else 'DAY' end) as t(d, p),
                       lateral (select case p when 'YEAR' then date_trunc('year', d) when 'WEEK' then date_trunc('week', d)
                                              else d end) as u(s)
                """;
        try (Statement utc = db.createStatement()) {
            // date_trunc works in the session's zone; the service's dates are UTC.
            utc.execute("set time zone 'UTC'");
        }
        try (PreparedStatement events = db.prepareStatement(insert)) {
            events.setString(1, story);
            events.setInt(2, count);
            assertEquals(count, events.executeUpdate());
        }
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze event");
        }
        System.out.printf("loaded %d events into one story in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A revision for the story and each of its events, as the service's writes would have left
     * them (the states hold only what the plan needs), and a second one, a day earlier in the
     * timeline, for each event with a manual position (one in seven), so the walk meets revisions
     * that a newer one replaced.
     */
    private static void reviseAll(Connection db, String story) throws Exception {
        long started = System.nanoTime();
        String revise = """
                insert into revision (id, resource_type, resource_id, story_id, number, action, author_subject,
                                      author_name, recorded_at, changes, state, version, earliest, latest,
                                      sort_position, search_config)
                select gen_random_uuid(), 'event', e.id::text, e.story_id, n.number,
                       case n.number when 1 then 'CREATED' else 'UPDATED' end, 'system:index-check', 'Index check',
                       e.recorded_at - interval '1 minute' + n.number * interval '1 second', '[]',
                       jsonb_build_object('id', e.id, 'storyId', e.story_id, 'title', e.title, 'status', e.status),
                       0, e.earliest - (n.number - 1) * interval '1 day', e.latest, e.sort_position, 'simple'
                  from event e, lateral (select generate_series(1, case when e.position is null then 1 else 2 end)) n(number)
                 where e.story_id = ?
                """;
        try (PreparedStatement storyRevision = db.prepareStatement("insert into revision (id, resource_type, resource_id,"
                + " story_id, number, action, author_subject, author_name, recorded_at, changes, state, version)"
                + " values (gen_random_uuid(), 'story', ?, ?, 1, 'CREATED', 'system:index-check', 'Index check',"
                + " now() - interval '1 day', '[]', '{}', 0)");
             PreparedStatement events = db.prepareStatement(revise);
             Statement analyze = db.createStatement()) {
            storyRevision.setString(1, story);
            storyRevision.setString(2, story);
            storyRevision.executeUpdate();
            events.setString(1, story);
            System.out.printf("revisions of the events: %d%n", events.executeUpdate());
            analyze.execute("analyze revision");
        }
        System.out.printf("revised one story's events in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    /** EXPLAIN of the repository's own SQL, its named parameters bound positionally. */
    private static List<String> explain(Connection db, TimelineQuery query) throws Exception {
        return explain(db, query, "explain ");
    }

    private static List<String> explain(Connection db, TimelineQuery query, String explain) throws Exception {
        String sql = query.sql();
        List<String> names = TimelineQuery.parameterNamesInOrder(sql);
        String positional = sql.replaceAll("(?<!:):[a-zA-Z]+", "?");
        Map<String, Object> values = query.parameters();
        List<String> plan = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(explain + positional)) {
            for (int i = 0; i < names.size(); i++) {
                Object value = values.get(names.get(i));
                if (value instanceof Instant instant) {
                    statement.setTimestamp(i + 1, Timestamp.from(instant));
                } else if (value instanceof String[] texts) {
                    statement.setArray(i + 1, db.createArrayOf("text", texts));
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

    /** Through the API, after a warm-up, so the number is what a client sees on a page. */
    private static void measure(String story, int count) {
        String path = "/api/timeline/stories/" + story + "/events";
        for (int i = 0; i < 20; i++) {
            given().queryParam("limit", 50).when().get(path).then().statusCode(200);
        }
        int rounds = 50;
        long firstPages = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            given().queryParam("limit", 50).when().get(path).then().statusCode(200);
        }
        System.out.printf("first timeline page of 50 at %d events: %.1f ms%n", count,
                (System.nanoTime() - firstPages) / 1_000_000.0 / rounds);
        long started = System.nanoTime();
        String after = null;
        for (int i = 0; i < rounds; i++) {
            var request = given().queryParam("limit", 50);
            if (after != null) {
                request.queryParam("after", after);
            }
            after = request.when().get(path).then().statusCode(200).extract().path("nextCursor");
        }
        double perPage = (System.nanoTime() - started) / 1_000_000.0 / rounds;
        System.out.printf("timeline page of 50 at %d events: %.1f ms per page over %d consecutive pages%n", count, perPage, rounds);
        long filtered = System.nanoTime();
        given().queryParam("limit", 50).queryParam("from", "2020-03").queryParam("to", "2020-03").when().get(path)
                .then().statusCode(200);
        System.out.printf("timeline page with a date range: %.1f ms%n", (System.nanoTime() - filtered) / 1_000_000.0);
        long health = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
        }
        System.out.printf("for scale, a liveness probe on this machine now: %.1f ms%n",
                (System.nanoTime() - health) / 1_000_000.0 / rounds);
    }
}
