package io.newsroom.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The claim's status and last activity are stored (V7) and read by the hot paths; these tests fail
 * as soon as the stored copy drifts from what the current stances give, after every stance write and
 * for the rows the migration filled.
 */
@QuarkusTest
class StoredStatusTest {

    // The derivation the reads used before the status was stored, and asOf reads still use.
    private static final String DERIVED = """
            SELECT c.status, c.last_activity_at,
                   CASE WHEN bool_or(s.position = 'SUPPORTS') AND bool_or(s.position = 'DISPUTES') THEN 'CONTESTED'
                        WHEN bool_or(s.position = 'DISPUTES') THEN 'DISPUTED'
                        WHEN bool_or(s.position = 'SUPPORTS') THEN 'SUPPORTED'
                        ELSE 'UNCHALLENGED' END,
                   max(s.recorded_at)
            FROM claim c LEFT JOIN stance s ON s.claim_id = c.id AND s.superseded_at IS NULL
            WHERE c.id = ? GROUP BY c.id
            """;

    @Test
    void everyStanceWriteKeepsTheStoredStatusEqualToTheDerivedOne() throws SQLException {
        String story = Fixtures.story();
        UUID officials = Fixtures.actor("Russian officials " + Fixtures.token(), "GROUP");
        UUID isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
        UUID kremlin = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        UUID claim = Fixtures.claim(story, officials, "Russian forces hold the momentum", "2025-11");
        try (Connection db = connect()) {
            assertStored(db, claim, "UNCHALLENGED");

            Fixtures.stance(story, claim, kremlin, "SUPPORTS");
            assertStored(db, claim, "SUPPORTED");

            Fixtures.stance(story, claim, isw, "DISPUTES");
            assertStored(db, claim, "CONTESTED");

            // Replacing a stance supersedes the old one: only the new position counts.
            change(story, claim, kremlin, "DISPUTES");
            assertStored(db, claim, "DISPUTED");

            change(story, claim, isw, "SUPPORTS");
            assertStored(db, claim, "CONTESTED");

            change(story, claim, kremlin, "SUPPORTS");
            assertStored(db, claim, "SUPPORTED");
        }
        // And what the API serves from the stored columns agrees.
        given().queryParam("status", "SUPPORTED").when().get(Fixtures.API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items.id", hasSize(1)).body("items[0].id", equalTo(claim.toString()));
        given().when().get(Fixtures.API + "/stories/" + story + "/disputes")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theMigrationFillsTheStatusOfExistingClaims() throws SQLException, IOException {
        String fill = migrationFill();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try {
                UUID actor = UUID.randomUUID();
                UUID other = UUID.randomUUID();
                execute(db, "INSERT INTO actor (id, name, kind, created_at, updated_at) VALUES (?, 'Kremlin', 'GOVERNMENT', now(), now())", actor);
                execute(db, "INSERT INTO actor (id, name, kind, created_at, updated_at) VALUES (?, 'ISW', 'ORGANIZATION', now(), now())", other);
                UUID none = claim(db, actor);
                UUID supported = claim(db, actor);
                UUID contested = claim(db, actor);
                UUID replaced = claim(db, actor);
                stance(db, supported, other, "SUPPORTS", "2025-11-27T10:00:00Z", null);
                stance(db, contested, other, "SUPPORTS", "2025-11-27T10:00:00Z", null);
                stance(db, contested, UUID.randomUUID(), "DISPUTES", "2025-11-27T12:00:00Z", null);
                // Superseded stances no longer count, neither for the status nor for the last activity.
                stance(db, replaced, other, "SUPPORTS", "2025-11-27T10:00:00Z", "2025-11-27T11:00:00Z");
                stance(db, replaced, other, "DISPUTES", "2025-11-27T11:00:00Z", null);
                stance(db, replaced, UUID.randomUUID(), "SUPPORTS", "2025-11-27T09:00:00Z", "2025-11-27T13:00:00Z");
                // As rows written before V7: every claim with the column default.
                try (Statement statement = db.createStatement()) {
                    statement.executeUpdate("UPDATE claim SET status = 'UNCHALLENGED', last_activity_at = NULL"
                            + " WHERE story_id = 'stored-status-migration'");
                    statement.executeUpdate(fill);
                }
                assertStored(db, none, "UNCHALLENGED");
                assertStored(db, supported, "SUPPORTED");
                assertStored(db, contested, "CONTESTED");
                assertStored(db, replaced, "DISPUTED");
                assertEquals(OffsetDateTime.parse("2025-11-27T11:00:00Z").toInstant(), stored(db, replaced)[1]);
            } finally {
                db.rollback();
            }
            // The migration itself ran on this database's schema.
            try (PreparedStatement ran = db.prepareStatement(
                    "SELECT count(*) FROM flyway_schema_history WHERE version = '7' AND success");
                 ResultSet result = ran.executeQuery()) {
                result.next();
                assertEquals(1, result.getInt(1));
            }
        }
    }

    /** The UPDATE of V7 that fills existing rows, as Flyway ran it. */
    private static String migrationFill() throws IOException {
        try (InputStream in = Objects.requireNonNull(StoredStatusTest.class.getResourceAsStream(
                "/db/migration/V7__stored_claim_status.sql"))) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = Arrays.stream(script.split(";"))
                    .map(part -> part.lines().filter(line -> !line.strip().startsWith("--"))
                            .reduce("", (a, b) -> a + "\n" + b).strip())
                    .filter(part -> part.startsWith("UPDATE claim"))
                    .toList();
            assertThat("V7 fills the existing claims in one UPDATE", statements, hasSize(1));
            return statements.get(0);
        }
    }

    private static void change(String story, UUID claim, UUID actor, String position) {
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", position, "summary", "Changed to " + position, "takenAt", "2025-11-28T09:00:00Z"))
                .when().put(Fixtures.claimPath(story, claim) + "/stances/" + actor)
                .then().statusCode(200);
    }

    /** The stored status equals the expected one, and the stored pair equals the pair derived from the stances. */
    private static void assertStored(Connection db, UUID claim, String expected) throws SQLException {
        Object[] row = stored(db, claim);
        assertEquals(expected, row[0], "stored status");
        assertEquals(row[2], row[0], "stored status against the one derived from the current stances");
        assertEquals(row[3], row[1], "stored last activity against the latest current stance");
    }

    private static Object[] stored(Connection db, UUID claim) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(DERIVED)) {
            query.setObject(1, claim);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new AssertionError("no claim " + claim);
                }
                return new Object[] {result.getString(1), instant(result, 2), result.getString(3), instant(result, 4)};
            }
        }
    }

    private static Object instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static UUID claim(Connection db, UUID claimant) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, "INSERT INTO claim (id, story_id, proposition, claimant_id, made_edtf, made_precision, made_earliest,"
                + " made_latest, recorded_at, updated_at) VALUES (?, 'stored-status-migration', 'A claim', ?, '2025-11-27',"
                + " 'DAY', '2025-11-27Z', '2025-11-27T23:59:59Z', now(), now())", id, claimant);
        return id;
    }

    private static void stance(Connection db, UUID claim, UUID actor, String position, String recordedAt,
                               String supersededAt) throws SQLException {
        execute(db, "INSERT INTO actor (id, name, kind, created_at, updated_at) VALUES (?, 'Someone', 'PERSON', now(), now())"
                + " ON CONFLICT (id) DO NOTHING", actor);
        execute(db, "INSERT INTO stance (id, claim_id, actor_id, position, summary, taken_at, recorded_at, superseded_at)"
                + " VALUES (gen_random_uuid(), ?, ?, ?, 'x', cast(? AS timestamptz), cast(? AS timestamptz), cast(? AS timestamptz))",
                claim, actor, position, recordedAt, recordedAt, supersededAt);
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
