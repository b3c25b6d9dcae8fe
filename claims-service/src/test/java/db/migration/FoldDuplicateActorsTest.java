package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Actors that shared a Wikidata id before V9, folded by its function into the oldest. The unique
 * index is dropped inside a transaction that is rolled back, so the duplicates can exist for the
 * test and no other test ever sees them.
 */
@QuarkusTest
class FoldDuplicateActorsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void duplicatesFoldIntoTheOldestWithTheirClaimsStancesAndNames() throws SQLException {
        UUID oldest = UUID.randomUUID();
        UUID younger = UUID.randomUUID();
        UUID youngest = UUID.randomUUID();
        UUID zelensky = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID byYounger = UUID.randomUUID();
        UUID byZelensky = UUID.randomUUID();
        UUID byOldest = UUID.randomUUID();
        UUID doubled = UUID.randomUUID();
        UUID keptStance = UUID.randomUUID();
        UUID selfStance = UUID.randomUUID();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                execute(db, "DROP INDEX actor_wikidata_uq");
                actor(db, oldest, "Vladimir Putin", "PERSON", "Q7747", "2025-01-01T00:00:00Z", "{}");
                actor(db, younger, "Putin", "PERSON", "Q7747", "2025-02-01T00:00:00Z", "{}");
                actor(db, youngest, "V. V. Putin", "PERSON", "Q7747", "2025-03-01T00:00:00Z", "{}");
                actor(db, zelensky, "Volodymyr Zelensky", "PERSON", null, "2025-01-01T00:00:00Z", "{}");
                actor(db, group, "Presidents", "GROUP", null, "2025-01-01T00:00:00Z",
                        "{" + youngest + "," + zelensky + "," + oldest + "}");
                claim(db, byYounger, younger);
                claim(db, byZelensky, zelensky);
                claim(db, byOldest, oldest);
                stance(db, doubled, byZelensky, younger, "SUPPORTS");
                stance(db, keptStance, byZelensky, oldest, "DISPUTES");
                stance(db, selfStance, byOldest, youngest, "SUPPORTS");

                assertEquals(2, integer(db, "SELECT newsroom_fold_duplicate_actors()"));

                assertEquals(0, integer(db, "SELECT count(*) FROM actor WHERE id IN ('" + younger + "', '" + youngest + "')"));
                assertEquals(oldest.toString(), text(db, "SELECT cast(to_id AS text) FROM actor_redirect WHERE from_id = '" + younger + "'"));
                assertEquals(oldest.toString(), text(db, "SELECT cast(to_id AS text) FROM actor_redirect WHERE from_id = '" + youngest + "'"));
                assertEquals("{Putin,\"V. V. Putin\"}", text(db, "SELECT cast(aliases AS text) FROM actor WHERE id = '" + oldest + "'"));
                assertEquals(oldest.toString(), text(db, "SELECT cast(claimant_id AS text) FROM claim WHERE id = '" + byYounger + "'"));
                // The kept actor's own stance stays current; the duplicate's is kept in the history.
                assertNull(text(db, "SELECT cast(superseded_at AS text) FROM stance WHERE id = '" + keptStance + "'"));
                assertNotNull(text(db, "SELECT cast(superseded_at AS text) FROM stance WHERE id = '" + doubled + "'"));
                assertEquals(oldest.toString(), text(db, "SELECT cast(actor_id AS text) FROM stance WHERE id = '" + doubled + "'"));
                // Folded, the youngest's support of the oldest's claim would be a claimant backing itself.
                assertNotNull(text(db, "SELECT cast(superseded_at AS text) FROM stance WHERE id = '" + selfStance + "'"));
                assertEquals("UNCHALLENGED", text(db, "SELECT status FROM claim WHERE id = '" + byOldest + "'"));
                assertEquals("DISPUTED", text(db, "SELECT status FROM claim WHERE id = '" + byZelensky + "'"));
                assertEquals("{" + oldest + "," + zelensky + "}",
                        text(db, "SELECT cast(members AS text) FROM actor WHERE id = '" + group + "'"));

                // Each change is a revision, carrying on from the baseline the rows were given first.
                assertEquals("DELETED", text(db, "SELECT action FROM revision WHERE resource_id = '" + younger
                        + "' ORDER BY number DESC LIMIT 1"));
                assertEquals("[\"claimantId\"]", text(db, "SELECT cast(jsonb_path_query_array(changes, '$[*].field') AS text)"
                        + " FROM revision WHERE resource_type = 'claim' AND resource_id = '" + byYounger + "' AND number = 2"));
                assertEquals("[\"actor\", \"current\", \"supersededAt\"]", text(db,
                        "SELECT cast(jsonb_path_query_array(changes, '$[*].field') AS text) FROM revision"
                        + " WHERE resource_type = 'stance' AND resource_id = '" + doubled + "' AND number = 2"));
                assertEquals("newsroom:migration", text(db, "SELECT author_subject FROM revision"
                        + " WHERE resource_type = 'actor' AND resource_id = '" + oldest + "' ORDER BY number DESC LIMIT 1"));
                assertEquals(0, integer(db, "SELECT newsroom_fold_duplicate_actors()"));
            } finally {
                db.rollback();
            }
        }
    }

    private static void actor(Connection db, UUID id, String name, String kind, String wikidata, String created,
                              String members) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO actor (id, name, kind, wikidata_id, members,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, cast(? AS uuid[]), cast(? AS timestamptz), cast(? AS timestamptz))")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, kind);
            insert.setString(4, wikidata);
            insert.setString(5, members);
            insert.setString(6, created);
            insert.setString(7, created);
            insert.executeUpdate();
        }
    }

    private static void claim(Connection db, UUID id, UUID claimant) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO claim (id, story_id, proposition, claimant_id,"
                + " made_edtf, made_precision, made_earliest, made_latest, recorded_at, updated_at) VALUES (?, 'fold-test',"
                + " 'A claim', ?, '2025-11-27', 'DAY', '2025-11-27T00:00Z', '2025-11-27T23:59:59Z', now(), now())")) {
            insert.setObject(1, id);
            insert.setObject(2, claimant);
            insert.executeUpdate();
        }
    }

    private static void stance(Connection db, UUID id, UUID claim, UUID actor, String position) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO stance (id, claim_id, actor_id, position,"
                + " summary, taken_at, recorded_at) VALUES (?, ?, ?, ?, 'A stance', now(), now())")) {
            insert.setObject(1, id);
            insert.setObject(2, claim);
            insert.setObject(3, actor);
            insert.setString(4, position);
            insert.executeUpdate();
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static int integer(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
