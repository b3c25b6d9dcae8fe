package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a documented status with a problem body, never a 500. */
@QuarkusTest
class RobustnessTest {

    @Test
    void textPostgresCannotStoreIs422NotA500() {
        UUID claimant = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        given().contentType(ContentType.JSON)
                .body("{\"proposition\": \"Talks are \\u0000 serious\", \"claimantId\": \"" + claimant
                        + "\", \"madeAt\": {\"edtf\": \"2025\"}}")
                .when().post(API + "/stories/" + Fixtures.story() + "/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", not(containsString("SQL")));
    }

    @Test
    void derivedDateFieldsAreRecomputedAndUnknownFieldsRefused() {
        UUID claimant = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        Map<String, Object> body = Fixtures.claimBody(claimant, "The talks are serious", "2025-11");
        body.put("madeAt", Map.of("edtf", " 2025-11 ", "precision", "YEAR", "earliest", "1999-01-01T00:00:00Z"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(API + "/stories/" + Fixtures.story() + "/claims")
                .then().statusCode(201)
                .body("status", equalTo("UNCHALLENGED"))
                .body("madeAt.edtf", equalTo("2025-11"))
                .body("madeAt.precision", equalTo("MONTH"))
                .body("madeAt.earliest", equalTo("2025-11-01T00:00:00Z"));
        body.put("status", "SUPPORTED");
        given().contentType(ContentType.JSON).body(body)
                .when().post(API + "/stories/" + Fixtures.story() + "/claims")
                .then().statusCode(400).body("type", equalTo("urn:newsroom:problem:unknown-field"))
                .body("errors.field", org.hamcrest.Matchers.contains("status"));
    }

    @Test
    void jsonNullBodyIs400AndNullFieldsAre422() {
        given().contentType(ContentType.JSON).body("null")
                .when().post(API + "/actors")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"name\": null, \"kind\": null}")
                .when().post(API + "/actors")
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("kind", "name"));
    }

    @Test
    void hugeQueryValuesAreRefusedCleanly() {
        String story = Fixtures.story();
        given().queryParam("q", "war ".repeat(300)).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(422).contentType("application/problem+json");
        given().queryParam("name", "x".repeat(300)).when().get(API + "/actors")
                .then().statusCode(422).contentType("application/problem+json");
        given().when().get(API + "/stories/" + "a".repeat(81) + "/claims")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void concurrentStancesOfOneActorLeaveExactlyOneCurrent() throws Exception {
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("Russian officials " + Fixtures.token(), "GROUP");
        UUID isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
        UUID claim = Fixtures.claim(story, claimant, "Russia has the momentum", "2025-11");
        List<Integer> statuses = concurrently(8, () -> given().contentType(ContentType.JSON)
                .body(Fixtures.stanceBody(isw, "DISPUTES", "2025-11-27T12:00:00Z"))
                .when().post(Fixtures.claimPath(story, claim) + "/stances").then().extract().statusCode());
        assertThat(statuses, everyItem(isOneOf(201, 409)));
        assertThat(Collections.frequency(statuses, 201), equalTo(1));
        given().queryParam("history", true).when().get(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneClaim() throws Exception {
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("European officials " + Fixtures.token(), "GROUP");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.claimBody(claimant, "Russia is stalling", "2025-11");
        List<Integer> statuses = concurrently(6, () -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post(API + "/stories/" + story + "/claims").then().extract().statusCode());
        // Later attempts wait for the first and replay its answer.
        assertThat(statuses, everyItem(equalTo(201)));
        given().when().get(API + "/stories/" + story + "/claims").then().body("items", hasSize(1));
    }

    @Test
    void anExpiredIdempotencyKeyCountsAsNew() throws SQLException {
        String key = UUID.randomUUID().toString();
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             PreparedStatement insert = db.prepareStatement("INSERT INTO idempotency_key (key, fingerprint, status,"
                     + " response_body, created_at) VALUES (?, 'another request', 201, '{}', now() - interval '25 hours')")) {
            insert.setString(1, key);
            insert.executeUpdate();
        }
        UUID claimant = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Fixtures.claimBody(claimant, "The talks are serious", "2025-11"))
                .when().post(API + "/stories/" + Fixtures.story() + "/claims")
                .then().statusCode(201).header("Idempotency-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theDatabaseItselfRefusesASecondCurrentStance() throws SQLException {
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("Russian officials " + Fixtures.token(), "GROUP");
        UUID isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
        UUID claim = Fixtures.claim(story, claimant, "Russia has the momentum", "2025-11");
        Fixtures.stance(story, claim, isw, "DISPUTES");
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             PreparedStatement insert = db.prepareStatement("INSERT INTO stance (id, claim_id, actor_id, position,"
                     + " summary, taken_at, recorded_at) VALUES (gen_random_uuid(), ?, ?, 'SUPPORTS', 'x', now(), now())")) {
            insert.setObject(1, claim);
            insert.setObject(2, isw);
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, insert::executeUpdate);
            assertThat(refused.getSQLState(), equalTo("23505"));
        }
    }

    @Test
    void everyNestedPathOfAnUnknownClaimIs404() {
        String claim = Fixtures.claimPath(Fixtures.story(), UUID.randomUUID());
        UUID actor = Fixtures.actor("Analysts " + Fixtures.token(), "GROUP");
        given().contentType(ContentType.JSON).body(Fixtures.stanceBody(actor, "DISPUTES", "2025-11-27T12:00:00Z"))
                .when().post(claim + "/stances").then().statusCode(404).contentType("application/problem+json");
        given().when().get(claim + "/stances").then().statusCode(404);
        given().when().get(claim + "/stances/" + actor).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/x"))
                .when().post(claim + "/appearances").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("toClaimId", UUID.randomUUID().toString(), "type", "REPEATS"))
                .when().post(claim + "/relations").then().statusCode(404);
        given().when().get(claim + "/relations").then().statusCode(404);
        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("rating", "FALSE", "explanation", "x", "reviewer", "y",
                "reviewedAt", "2025-11-29T10:00:00Z")).when().put(claim + "/verdict").then().statusCode(404);
        given().header("If-Match", "*").when().delete(claim + "/verdict").then().statusCode(404);
        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("position", "DISPUTES", "summary", "x",
                "takenAt", "2025-11-28T09:00:00Z")).when().put(claim + "/stances/" + actor).then().statusCode(404);
    }

    private static List<Integer> concurrently(int times, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(request));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
