package db.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What was stored before revisions were kept gets a baseline: one revision per transition for events, and a rerun adds none. */
@QuarkusTest
class BaselineRevisionsTest {

    @Test
    void anEventWithAHistoryGetsARevisionPerTransitionWithTheStatusAndDateOfThen() throws SQLException {
        String story = "baseline-" + UUID.randomUUID().toString().substring(0, 8);
        UUID event = UUID.randomUUID();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            execute(db, "insert into story (id, title, created_at, updated_at) values ('" + story
                    + "', 'Before revisions', '2025-11-20T08:00:00Z', '2025-11-20T08:00:00Z')");
            execute(db, "insert into event (id, story_id, title, kind, when_edtf, when_precision, earliest, latest, status,"
                    + " recorded_at, updated_at, version) values ('" + event + "', '" + story + "', 'Witkoff visits Moscow',"
                    + " 'MEETING', '2025-12-02', 'DAY', '2025-12-02T00:00:00Z', '2025-12-02T23:59:59Z', 'OCCURRED',"
                    + " '2025-11-20T09:00:00Z', '2025-12-02T20:00:00Z', 2)");
            transition(db, event, 1, null, "SCHEDULED", "2025-11-20T09:00:00Z", null, null);
            transition(db, event, 2, "SCHEDULED", "RESCHEDULED", "2025-11-28T10:00:00Z", "2025-12-01", "2025-12-02");
            transition(db, event, 3, "RESCHEDULED", "OCCURRED", "2025-12-02T20:00:00Z", null, null);

            V5__Baseline_revisions.apply(db);
            db.commit();
            List<String> once = rows(db, "select number || ' ' || action || ' ' || (state ->> 'status') || ' '"
                    + " || (state -> 'when' ->> 'edtf') || ' ' || to_char(recorded_at at time zone 'UTC', 'MM-DD HH24:MI')"
                    + " from revision where resource_type = 'event' and resource_id = '" + event + "' order by number");
            assertEquals(List.of("1 CREATED SCHEDULED 2025-12-01 11-20 09:00", "2 UPDATED RESCHEDULED 2025-12-02 11-28 10:00",
                    "3 UPDATED OCCURRED 2025-12-02 12-02 20:00"), once);
            assertEquals(List.of("3"), rows(db, "select count(*) from revision where resource_type = 'transition'"
                    + " and state ->> 'eventId' = '" + event + "'"));

            V5__Baseline_revisions.apply(db);
            db.commit();
            assertEquals(List.of("7"), rows(db, "select count(*) from revision where story_id = '" + story + "'"));
        }
        given().when().get("/api/timeline/stories/" + story + "/events/" + event + "/revisions")
                .then().statusCode(200)
                .body("items.action", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[1].changes.field", contains("when", "status"))
                .body("items[1].changes[0].before.edtf", equalTo("2025-12-01"))
                .body("items[0].author.name", equalTo(V5__Baseline_revisions.NAME))
                .body("items[0].state.updatedAt", equalTo("2025-12-02T20:00:00Z"));
    }

    private static void transition(Connection db, UUID event, int seq, String from, String to, String at, String previous,
            String next) throws SQLException {
        execute(db, "insert into event_transition (id, event_id, seq, from_status, to_status, at, recorded_at,"
                + " previous_when_edtf, new_when_edtf) values (gen_random_uuid(), '" + event + "', " + seq + ", "
                + quoted(from) + ", '" + to + "', '" + at + "', '" + at + "', " + quoted(previous) + ", " + quoted(next) + ")");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                out.add(rows.getString(1));
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
