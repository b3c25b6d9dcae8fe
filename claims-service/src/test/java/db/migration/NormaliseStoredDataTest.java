package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.newsroom.stylebook.CitationUrl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rows as the service's own copies of the rules could have left them, put straight into the
 * database, then brought in line by the migration's logic. Everything runs in one transaction that
 * is rolled back, so no other test sees these rows.
 */
@QuarkusTest
class NormaliseStoredDataTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void urlsAndDatesFollowTheSharedRulesAndCollidingCitationsMerge() throws SQLException {
        UUID actor = UUID.randomUUID();
        UUID claim = UUID.randomUUID();
        UUID stance = UUID.randomUUID();
        UUID earliest = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String messy = "HTTPS://Example.ORG/world/talks?utm_source=feed&b=2&a=1#comments";
        String clean = CitationUrl.normalise(messy);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                execute(db, "INSERT INTO actor (id, name, kind, created_at, updated_at) VALUES (?, 'Kremlin', "
                        + "'GOVERNMENT', now(), now())", actor);
                // A date stored with white space, a wrong precision and wrong bounds.
                execute(db, "INSERT INTO claim (id, story_id, proposition, claimant_id, made_edtf, made_precision,"
                        + " made_earliest, made_latest, recorded_at, updated_at) VALUES (?, 'migration-test',"
                        + " 'Talks are serious', ?, ' 2025-11-27 ', 'YEAR', '2025-01-01Z', '2025-12-31T23:59:59Z',"
                        + " now(), now())", claim, actor);
                execute(db, "INSERT INTO appearance (id, claim_id, url, outlet, recorded_at) VALUES"
                        + " (?, ?, ?, NULL, '2025-11-27T10:00:00Z')", earliest, claim, messy);
                execute(db, "INSERT INTO appearance (id, claim_id, url, outlet, quote, recorded_at) VALUES"
                        + " (?, ?, ?, 'Example', 'Talks are serious', '2025-11-27T11:00:00Z')", later, claim,
                        "https://user:secret@example.org/world/talks?a=1&b=2&UTM_MEDIUM=x");
                execute(db, "INSERT INTO appearance (id, claim_id, url, recorded_at) VALUES"
                        + " (?, ?, 'https://example.org/other#top', now())", other, claim);
                execute(db, "INSERT INTO stance (id, claim_id, actor_id, position, summary, taken_at, recorded_at)"
                        + " VALUES (?, ?, ?, 'DISPUTES', 'No', now(), now())", stance, claim, actor);
                execute(db, "INSERT INTO stance_evidence (id, stance_id, seq, url) VALUES (?, ?, 0, ?)",
                        UUID.randomUUID(), stance, messy);
                execute(db, "INSERT INTO stance_evidence (id, stance_id, seq, url, title) VALUES (?, ?, 1, ?, 'T')",
                        UUID.randomUUID(), stance, clean);

                V5__Normalise_stored_citations_and_dates.apply(db);

                assertEquals(List.of(earliest + " " + clean + " Example Talks are serious",
                                other + " https://example.org/other null null"),
                        strings(db, "SELECT id || ' ' || url || ' ' || coalesce(outlet, 'null') || ' ' ||"
                                + " coalesce(quote, 'null') FROM appearance WHERE claim_id = ? ORDER BY recorded_at",
                                claim));
                assertEquals(List.of("0 " + clean + " T"), strings(db, "SELECT seq || ' ' || url || ' ' || title"
                        + " FROM stance_evidence WHERE stance_id = ?", stance));
                assertEquals(List.of("2025-11-27 DAY 2025-11-27 00:00:00+00 2025-11-27 23:59:59+00 1"),
                        strings(db, "SELECT made_edtf || ' ' || made_precision || ' ' || (made_earliest AT TIME ZONE"
                                + " 'UTC') || '+00 ' || (made_latest AT TIME ZONE 'UTC') || '+00 ' || version"
                                + " FROM claim WHERE id = ?", claim));

                // A second run finds nothing left to do.
                V5__Normalise_stored_citations_and_dates.apply(db);
                assertEquals(List.of("1"), strings(db, "SELECT version::text FROM claim WHERE id = ?", claim));
                assertEquals(List.of("2"), strings(db, "SELECT count(*)::text FROM appearance WHERE claim_id = ?",
                        claim));
            } finally {
                db.rollback();
            }
        }
    }

    @Test
    void theMigrationRanAtStartUp() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            List<String> migrations = strings(db, "SELECT type || ' ' || script FROM flyway_schema_history"
                    + " WHERE version = '5' AND success");
            assertEquals(List.of("JDBC db.migration.V5__Normalise_stored_citations_and_dates"), migrations);
            assertFalse(strings(db, "SELECT url FROM appearance WHERE url LIKE '%#%' OR url ILIKE '%utm\\_%'")
                    .iterator().hasNext());
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }
}
