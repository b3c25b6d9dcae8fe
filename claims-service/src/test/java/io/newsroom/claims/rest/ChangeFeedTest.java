package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.claims.service.ChangeFeedService;
import io.newsroom.stylebook.ServerSentEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The claims' change feed: one change per revision, in the transaction of its write, of the type its resource
 * and action say, in commit order; under killed sessions and concurrent writers; as a resumable stream; pruned.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String CHANGES = API + "/changes";
    private static final String WAITING = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            + " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid() ORDER BY pid";

    @TestHTTPResource("/api/claims/changes/stream")
    URI stream;

    @Inject
    ChangeFeedService changes;

    @Test
    void eachWriteLeavesExactlyOneChangeOfItsTypeAndADeletedClaimsPartsGoAndComeBackWithIt() throws Exception {
        long from = head();
        String story = Fixtures.story();
        UUID officials = Fixtures.actor("Officials " + Fixtures.token(), "GROUP");
        UUID isw = Fixtures.actor("Institute " + Fixtures.token(), "ORGANIZATION");
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Institute renamed " + Fixtures.token(), "kind", "ORGANIZATION"))
                .when().put(API + "/actors/" + isw).then().statusCode(200);
        Map<String, Object> body = Fixtures.claimBody(officials, "Talks were productive", "2025-11-23");
        body.put("appearances", List.of(Map.of("url", "https://example.org/geneva-" + Fixtures.token())));
        UUID claim = UUID.fromString(Fixtures.claim(story, body).getString("id"));
        UUID other = Fixtures.claim(story, officials, "Talks went nowhere", "2025-11-23");
        String path = Fixtures.claimPath(story, claim);
        Fixtures.stance(story, claim, isw, "SUPPORTS");
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "MIXED", "explanation", "Some progress", "reviewer", "Desk", "reviewedAt", "2025-11-25T10:00:00Z"))
                .when().put(path + "/verdict").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("toClaimId", other.toString(), "type", "CONTRADICTS"))
                .when().post(path + "/relations").then().statusCode(201);

        List<String> actors = page(Map.of("after", from, "types", "actor.created,actor.updated")).getList("changes.resourceId");
        assertEquals(List.of(officials.toString(), isw.toString(), isw.toString()), actors.stream()
                .filter(id -> id.equals(officials.toString()) || id.equals(isw.toString())).toList());
        assertTrue(page(Map.of("after", from, "types", "actor.created")).getList("changes.storyId").stream().allMatch(s -> s == null));
        List<String> written = types(page(Map.of("after", from, "storyId", story)).getList("changes"));
        assertTrue(written.containsAll(List.of("claim.created", "appearance.created", "stance.created", "verdict.created",
                "claim-relation.created")), written.toString());
        assertOnePerRevision(story, page(Map.of("after", from, "storyId", story)).getList("changes"));

        long beforeDelete = head();
        given().header("If-Match", "*").when().delete(path).then().statusCode(204);
        List<String> deleted = types(page(Map.of("after", beforeDelete, "storyId", story)).getList("changes"));
        assertEquals(List.of("appearance.deleted", "claim-relation.deleted", "claim.deleted", "stance.deleted", "verdict.deleted"),
                deleted.stream().sorted().toList());
        long beforeRestore = head();
        given().when().post(path + "/restore").then().statusCode(200);
        List<String> restored = types(page(Map.of("after", beforeRestore, "storyId", story)).getList("changes"));
        assertTrue(restored.containsAll(List.of("claim.restored", "appearance.restored", "stance.restored", "verdict.restored",
                "claim-relation.restored")), restored.toString());
        assertOnePerRevision(story, page(Map.of("after", from, "storyId", story)).getList("changes"));
        Map<String, Object> first = page(Map.of("after", from, "storyId", story, "types", "claim.created", "limit", 1))
                .getList("changes", Map.class).get(0);
        assertEquals(claim.toString(), first.get("resourceId"));
        assertEquals("claim", first.get("resourceType"));
        assertEquals(1, first.get("revision"));
        assertEquals("Talks were productive", ((Map<?, ?>) first.get("data")).get("proposition"));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("types", "event.created").when().get(CHANGES).then().statusCode(400)
                .body("errors[0].field", equalTo("types")).body("detail", containsString("claim-relation.deleted"));
        given().queryParam("limit", "1001").when().get(CHANGES).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("after", head() + 1).when().get(CHANGES).then().statusCode(400).body("errors[0].field", equalTo("after"));
        given().header("Last-Event-ID", "soon").when().get(CHANGES + "/stream").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Last-Event-ID"));
    }

    @Test
    void aWriteWhoseSessionIsKilledWhileItCommitsLeavesNeitherChangeNorEntryAndTheOthersHaveBoth() throws Exception {
        UUID claimant = Fixtures.actor("Claimant " + Fixtures.token(), "PERSON");
        List<String> stories = List.of(Fixtures.story(), Fixtures.story(), Fixtures.story());
        List<UUID> claims = new ArrayList<>();
        for (String story : stories) {
            claims.add(Fixtures.claim(story, claimant, "Before", "2025-11-23"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(stories.size());
        List<Future<Integer>> answers = new ArrayList<>();
        try (Connection holder = connect(); Connection admin = connect()) {
            // Held here, each write stops in its commit, after its rows and revisions were written, while its entry is.
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("SELECT only_row FROM change_feed_turn FOR UPDATE").close();
            for (int i = 0; i < stories.size(); i++) {
                String story = stories.get(i);
                UUID claim = claims.get(i);
                answers.add(clients.submit(() -> reword(story, claimant, claim, "After")));
            }
            List<Integer> waiting = waitFor(admin, stories.size());
            admin.createStatement().executeQuery("SELECT pg_terminate_backend(" + waiting.get(0) + ")").close();
            holder.rollback();
        }
        int acknowledged = 0;
        for (int i = 0; i < stories.size(); i++) {
            int status = answers.get(i).get(60, TimeUnit.SECONDS);
            String where = " WHERE r.story_id = '" + stories.get(i) + "' AND r.resource_type = 'claim' AND r.action = 'UPDATED'";
            long updates = count("SELECT count(*) FROM revision r" + where);
            long entries = count("SELECT count(*) FROM change_feed c JOIN revision r ON r.id = c.revision_id" + where);
            String proposition = given().when().get(Fixtures.claimPath(stories.get(i), claims.get(i))).then().extract().path("proposition");
            if (status == 200) {
                acknowledged++;
                assertEquals(1, updates, "an acknowledged write has its revision");
                assertEquals(1, entries, "and its entry");
                assertEquals("After", proposition);
            } else {
                assertEquals(503, status, "a lost database is a 503 to retry");
                assertEquals(0, updates, "a killed write leaves no revision");
                assertEquals(0, entries, "and no entry");
                assertEquals("Before", proposition, "nor the change itself");
            }
        }
        clients.shutdown();
        assertEquals(stories.size() - 1, acknowledged);
    }

    @Test
    void concurrentWritersGivePositionsAReaderSeesStrictlyIncreasingWithoutGaps() throws Exception {
        UUID claimant = Fixtures.actor("Claimant " + Fixtures.token(), "PERSON");
        String story = Fixtures.story();
        List<UUID> claims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            claims.add(Fixtures.claim(story, claimant, "Claim " + i, "2025-11-23"));
        }
        int writes = 6;
        long from = head();
        ExecutorService clients = Executors.newFixedThreadPool(claims.size() + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<Integer> reader = clients.submit(() -> {
            int seen = 0;
            long after = from;
            boolean last = false;
            while (!last) {
                last = !writing.get();
                for (String id : page(Map.of("after", after)).getList("changes.id", String.class)) {
                    assertEquals(after + 1, Long.parseLong(id), "the change after " + after + " came as " + id);
                    after = Long.parseLong(id);
                    seen++;
                }
            }
            return seen;
        });
        List<Future<?>> done = new ArrayList<>();
        for (UUID claim : claims) {
            done.add(clients.submit(() -> {
                for (int i = 0; i < writes; i++) {
                    assertEquals(200, reword(story, claimant, claim, "Version " + i));
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        int seen = reader.get(60, TimeUnit.SECONDS);
        clients.shutdown();
        assertEquals(claims.size() * writes, seen);
        assertEquals(from + claims.size() * writes, head());
    }

    @Test
    void aLiveChangeArrivesAndAReconnectWithLastEventIdGetsEverythingInBetweenOnce() throws Exception {
        UUID claimant = Fixtures.actor("Claimant " + Fixtures.token(), "PERSON");
        String story = Fixtures.story();
        UUID claim = Fixtures.claim(story, claimant, "Zero", "2025-11-23");
        String filter = stream + "?storyId=" + story + "&types=claim.updated";
        List<String> received = new ArrayList<>();
        String lastId;
        try (ServerSentEvents events = ServerSentEvents.open(filter + "&after=" + head(), null)) {
            assertTrue(events.connected());
            reword(story, claimant, claim, "One");
            var first = events.next();
            assertEquals("claim.updated", first.get("event").asText());
            received.add(first.at("/data/data/proposition").asText());
            lastId = first.get("id").asText();
        }
        reword(story, claimant, claim, "Two");
        reword(story, claimant, claim, "Three");
        try (ServerSentEvents events = ServerSentEvents.open(filter + "&after=0", lastId)) {
            received.add(events.next().at("/data/data/proposition").asText());
            received.add(events.next().at("/data/data/proposition").asText());
            reword(story, claimant, claim, "Four");
            received.add(events.next().at("/data/data/proposition").asText());
        }
        assertEquals(List.of("One", "Two", "Three", "Four"), received);
    }

    @Test
    void pruningDropsChangesOlderThanTheRetentionKeepsRevisionsAndAnOlderCursorIsGone() throws Exception {
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("Claimant " + Fixtures.token(), "PERSON");
        UUID claim = Fixtures.claim(story, claimant, "Old", "2025-11-23");
        long old = head();
        reword(story, claimant, claim, "Recent");
        try (Connection db = connect()) {
            db.createStatement().executeUpdate("UPDATE change_feed SET entered_at = entered_at - interval '31 days'"
                    + " WHERE position <= " + old);
        }
        assertTrue(changes.prune().await().indefinitely() >= 2);
        assertEquals(2, count("SELECT count(*) FROM revision WHERE resource_id = '" + claim + "'"), "revisions are kept");
        given().queryParam("after", old - 1).when().get(CHANGES).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:newsroom:problem:changes-pruned"))
                .body("errors[0].field", equalTo("after")).body("detail", containsString("after=" + old));
        given().header("Last-Event-ID", old - 1).when().get(CHANGES + "/stream").then().statusCode(410)
                .body("errors[0].field", equalTo("Last-Event-ID"));
        assertEquals(List.of("claim.updated"), page(Map.of("after", old, "storyId", story)).getList("changes.type"));
        assertEquals(0, changes.prune().await().indefinitely());
    }

    private static int reword(String story, UUID claimant, UUID claim, String proposition) {
        return given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Fixtures.claimBody(claimant, proposition, "2025-11-23"))
                .when().put(Fixtures.claimPath(story, claim)).then().extract().statusCode();
    }

    private static JsonPath page(Map<String, ?> query) {
        Map<String, Object> all = new HashMap<>(query);
        all.putIfAbsent("limit", 1000);
        return given().queryParams(all).when().get(CHANGES).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> types(List<Map<String, Object>> changes) {
        return changes.stream().map(c -> (String) c.get("type")).toList();
    }

    /** Every revision of the story has exactly one change, naming it, its resource and its number. */
    private static void assertOnePerRevision(String story, List<Map<String, Object>> changes) throws Exception {
        Map<String, String> revisions = new HashMap<>();
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(
                "SELECT id, resource_id, number FROM revision WHERE story_id = ?")) {
            select.setString(1, story);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revisions.put(rows.getString(1), rows.getString(2) + "#" + rows.getInt(3));
                }
            }
        }
        assertEquals(revisions.size(), changes.size(), "one change per revision");
        Map<String, String> fromChanges = new HashMap<>();
        changes.forEach(c -> fromChanges.put((String) c.get("revisionId"), c.get("resourceId") + "#" + c.get("revision")));
        assertEquals(revisions, fromChanges);
    }

    private static List<Integer> waitFor(Connection admin, int sessions) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<Integer> pids = new ArrayList<>();
            try (ResultSet rows = admin.createStatement().executeQuery(WAITING)) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
            if (pids.size() >= sessions) {
                return pids;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writes never reached their commit");
    }

    /** The last position the feed handed out: tests read after it, so what other tests wrote (or pruned) is not theirs. */
    private static long head() {
        return count("SELECT coalesce(max(position), 0) FROM change_feed");
    }

    private static long count(String sql) {
        try (Connection db = connect(); ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
