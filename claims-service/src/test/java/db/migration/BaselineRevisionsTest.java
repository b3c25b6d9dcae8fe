package db.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rows recorded before revisions were kept (written here straight into the database, as V8 finds
 * them) get a baseline history from the migration's function: a creation at their recording time,
 * and the supersession or verdict that came later. The service's next write on them lists only
 * what it changed, so the baseline states read exactly as the service's own.
 */
@QuarkusTest
class BaselineRevisionsTest {

    private static final String API = "/api/claims";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oldRowsGetABaselineTheServiceCarriesOnFrom() throws SQLException {
        UUID kremlin = UUID.randomUUID();
        UUID isw = UUID.randomUUID();
        UUID claim = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String story = "baseline-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = dataSource.getConnection()) {
            execute(db, "INSERT INTO actor (id, name, kind, aliases, created_at, updated_at) VALUES (?, 'Kremlin', "
                    + "'GOVERNMENT', '{Moscow}', '2025-11-01T08:00:00Z', '2025-11-02T08:00:00.123Z')", kremlin);
            execute(db, "INSERT INTO actor (id, name, kind, created_at, updated_at) VALUES (?, 'ISW', 'ORGANIZATION',"
                    + " '2025-11-01T08:00:00Z', '2025-11-01T08:00:00Z')", isw);
            execute(db, "INSERT INTO claim (id, story_id, proposition, claimant_id, made_edtf, made_precision,"
                    + " made_earliest, made_latest, tags, recorded_at, updated_at, status, last_activity_at) VALUES"
                    + " (?, '" + story + "', 'The front is collapsing', ?, '2025-11-27~', 'DAY', '2025-11-27T00:00Z',"
                    + " '2025-11-27T23:59:59Z', '{battlefield}', '2025-11-27T10:00:00.000001Z', '2025-11-29T10:00Z',"
                    + " 'DISPUTED', '2025-11-28T10:00Z')", claim, kremlin);
            execute(db, "INSERT INTO stance (id, claim_id, actor_id, position, summary, taken_at, recorded_at,"
                    + " superseded_at) VALUES (?, ?, ?, 'SUPPORTS', 'At first it agreed', '2025-11-27T11:00Z',"
                    + " '2025-11-27T11:00Z', '2025-11-28T10:00Z')", first, claim, isw);
            execute(db, "INSERT INTO stance (id, claim_id, actor_id, position, summary, taken_at, recorded_at)"
                    + " VALUES (?, ?, ?, 'DISPUTES', 'Then it did not', '2025-11-28T10:00Z', '2025-11-28T10:00Z')",
                    second, claim, isw);
            execute(db, "INSERT INTO stance_evidence (id, stance_id, seq, url, outlet) VALUES"
                    + " (?, ?, 0, 'https://example.org/maps', 'Example')", UUID.randomUUID(), second);
            execute(db, "INSERT INTO verdict (claim_id, rating, explanation, reviewer, reviewed_at, recorded_at)"
                    + " VALUES (?, 'FALSE', 'Maps show no collapse', 'Desk', '2025-11-29T09:00Z', '2025-11-29T10:00Z')",
                    claim);
            try (PreparedStatement baseline = db.prepareStatement("SELECT newsroom_baseline_revisions()")) {
                baseline.execute();
            }
        }

        String path = API + "/stories/" + story + "/claims/" + claim;
        given().when().get(path + "/revisions").then().statusCode(200)
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items.recordedAt", contains("2025-11-29T10:00:00Z", "2025-11-27T10:00:00.000001Z"))
                .body("items.author.subject", contains("newsroom:baseline", "newsroom:baseline"))
                .body("items[0].changes.field", contains("verdict"))
                .body("items[1].changes.field", hasItems("proposition", "madeAt", "status", "tags"));
        given().when().get(path + "/stances/" + isw + "/revisions").then().statusCode(200)
                // The supersession and the new stance share their instant; the older stance's revision comes first.
                .body("items.action", contains("UPDATED", "CREATED", "CREATED"))
                .body("items.resourceId", contains(first.toString(), second.toString(), first.toString()));
        given().when().get(path + "/verdict/revisions").then().statusCode(200).body("items.action", contains("CREATED"));

        // Written now through the API: only what changed is listed, nothing the baseline wrote differently.
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("proposition", "The front is collapsing fast", "claimantId", kremlin.toString(),
                        "madeAt", Map.of("edtf", "2025-11-27~"), "tags", List.of("battlefield")))
                .when().put(path).then().statusCode(200);
        given().when().get(path + "/revisions").then()
                .body("items[0].number", equalTo(3))
                .body("items[0].changes.field", contains("proposition"));
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Kremlin", "kind", "GOVERNMENT", "aliases", List.of("Moscow"),
                        "description", "The Russian presidency"))
                .when().put(API + "/actors/" + kremlin).then().statusCode(200);
        given().when().get(API + "/actors/" + kremlin + "/revisions").then()
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("description"));
        // Once a row has a history, the baseline leaves it alone.
        try (Connection db = dataSource.getConnection();
             PreparedStatement again = db.prepareStatement("SELECT newsroom_baseline_revisions()")) {
            again.execute();
        }
        given().when().get(path + "/revisions").then().body("items.number", contains(3, 2, 1));
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
