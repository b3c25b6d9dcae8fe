package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.json;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The timeline's change feed: one change per revision, in the transaction of its write, of the type its
 * resource and action say, paged in commit order and resumable.
 */
@QuarkusTest
class ChangeFeedTest {

    static final String CHANGES = "/api/timeline/changes";
    private static final String STORIES = "/api/timeline/stories/";

    @Test
    void eachWriteLeavesExactlyOneChangeOfItsTypeWithItsIdsAndRevision() throws Exception {
        long from = head();
        String story = newStory();
        String domain = "feed-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String outlet = given().contentType(ContentType.JSON).body(Map.of("name", "Example", "domain", domain, "bias", "CENTER"))
                .when().post("/api/timeline/outlets").then().statusCode(201).extract().path("id");
        String article = given().contentType(ContentType.JSON).body(json("url", "https://" + domain + "/plan",
                        "publishedAt", "2025-11-24T10:00:00Z"))
                .when().post(STORIES + story + "/articles").then().statusCode(201).extract().path("id");
        String talks = newEvent(story, "Geneva talks", "2025-11-23");
        String plan = newEvent(story, "28-point plan", "2025-W47", "kind", "PROPOSAL");
        given().contentType(ContentType.JSON).header("If-Match", "*").body(TestStories.event("Geneva talks, day one", "2025-11-23"))
                .when().put(STORIES + story + "/events/" + talks).then().statusCode(200);
        String transition = given().contentType(ContentType.JSON).body(json("status", "OCCURRED", "citation",
                        json("url", "https://" + domain + "/geneva", "publishedAt", "2025-11-23T20:00:00Z")))
                .when().post(STORIES + story + "/events/" + talks + "/transitions").then().statusCode(201).extract().path("id");
        String relation = given().contentType(ContentType.JSON).body(json("fromEventId", talks, "toEventId", plan, "type", "FOLLOWS"))
                .when().post(STORIES + story + "/relations").then().statusCode(201).extract().path("id");
        // An event delete takes its history and relations with it; a restore brings them back.
        given().header("If-Match", "*").when().delete(STORIES + story + "/events/" + talks).then().statusCode(204);
        given().when().post(STORIES + story + "/events/" + talks + "/restore").then().statusCode(200);

        List<Map<String, Object>> changes = page(Map.of("after", from, "storyId", story)).getList("changes");
        Map<Object, String> names = Map.of(story, "story", article, "article", talks, "talks", plan, "plan",
                transition, "occurred", relation, "relation");
        // Each event is created with its first status, a transition of its own.
        List<String> seen = new ArrayList<>(changes.stream()
                .map(c -> c.get("type") + " " + names.getOrDefault(c.get("resourceId"), "first")).toList());
        // What went with the event is written by one statement, in no particular order.
        seen.subList(11, 14).sort(null);
        seen.subList(15, 18).sort(null);
        assertEquals(List.of("story.created story", "article.created article", "event.created talks", "transition.created first",
                "event.created plan", "transition.created first", "event.updated talks", "transition.created occurred",
                "event.updated talks", "event-relation.created relation",
                "event.deleted talks", "event-relation.deleted relation", "transition.deleted first", "transition.deleted occurred",
                "event.restored talks", "event-relation.restored relation", "transition.restored first",
                "transition.restored occurred"), seen);
        assertOnePerRevision(story, changes);
        Map<String, Object> update = changes.get(6);
        assertEquals("event", update.get("resourceType"));
        assertEquals(story, update.get("storyId"));
        assertEquals(2, update.get("revision"));
        assertEquals("Geneva talks, day one", ((Map<?, ?>) update.get("data")).get("title"));

        // Outlets belong to no story.
        List<Map<String, Object>> outlets = page(Map.of("after", from, "types", "outlet.created")).getList("changes");
        assertEquals(1, outlets.stream().filter(c -> outlet.equals(c.get("resourceId"))).count());
        assertTrue(outlets.stream().allMatch(c -> c.get("storyId") == null));

        // A story delete takes everything of the story with it, each with its own change.
        long beforeDelete = head();
        given().header("If-Match", "*").when().delete(STORIES + story).then().statusCode(204);
        List<String> deleted = page(Map.of("after", beforeDelete, "storyId", story)).getList("changes.type");
        assertEquals(List.of("story.deleted", "article.deleted", "event.deleted", "event.deleted", "transition.deleted",
                "transition.deleted", "transition.deleted", "event-relation.deleted"), deleted);
        given().when().post(STORIES + story + "/restore").then().statusCode(200);
        assertOnePerRevision(story, page(Map.of("after", from, "storyId", story)).getList("changes"));
    }

    @Test
    void pagesAreInCommitOrderAndResumeWhereTheLastOneEnded() {
        long from = head();
        String story = newStory();
        for (int i = 1; i <= 4; i++) {
            newEvent(story, "Event " + i, "2025-11-2" + i);
        }
        List<String> all = page(Map.of("after", from, "storyId", story)).getList("changes.id");
        assertEquals(9, all.size(), "the story, and each event with its first status");
        List<String> paged = new ArrayList<>();
        String next = Long.toString(from);
        for (int i = 0; i < 6; i++) {
            JsonPath page = page(Map.of("after", next, "storyId", story, "limit", 2));
            List<String> ids = page.getList("changes.id");
            paged.addAll(ids);
            assertEquals(ids.isEmpty() ? next : ids.get(ids.size() - 1), page.getString("next"));
            next = page.getString("next");
        }
        assertEquals(all, paged);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(Long.parseLong(all.get(i)) > Long.parseLong(all.get(i - 1)), "ids increase: " + all);
        }
    }

    @Test
    void filtersByStoryAndByTypes() {
        long from = head();
        String mine = newStory();
        String theirs = newStory();
        String event = newEvent(mine, "Mine", "2025-11-23");
        newEvent(theirs, "Theirs", "2025-11-23");
        given().header("If-Match", "*").when().delete(STORIES + mine + "/events/" + event).then().statusCode(204);

        assertEquals(List.of("story.created", "event.created", "transition.created", "event.deleted", "transition.deleted"),
                page(Map.of("after", from, "storyId", mine)).getList("changes.type"));
        List<Map<String, Object>> events = page(Map.of("after", from, "types", "event.created,event.deleted")).getList("changes");
        assertEquals(List.of(mine, theirs, mine), events.stream().map(c -> c.get("storyId")).toList());
        assertEquals(List.of(event), page(Map.of("after", from, "storyId", mine, "types", "event.deleted")).getList("changes.resourceId"));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        long head = head();
        refused(Map.of("after", "ten"), "after");
        refused(Map.of("after", "-1"), "after");
        refused(Map.of("after", head + 1000), "after");
        refused(Map.of("types", "event.renamed"), "types");
        refused(Map.of("types", "event.created,"), "types");
        refused(Map.of("limit", "0"), "limit");
        refused(Map.of("limit", "1001"), "limit");
        refused(Map.of("limit", "many"), "limit");
        refused(Map.of("storyId", " "), "storyId");
        given().queryParam("after", "ten").when().get(CHANGES + "/stream").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().header("Last-Event-ID", "x").when().get(CHANGES + "/stream").then().statusCode(400)
                .body("errors[0].field", equalTo("Last-Event-ID"));
        given().when().get(CHANGES + "?after=" + head).then().statusCode(200).body("changes", hasSize(0))
                .body("next", equalTo(Long.toString(head)));
    }

    /**
     * The article exception, on revisions written here as a writer of the database would write them: an update that
     * changes the status is typed by the new status; a creation lists every field, status included, and stays a creation.
     */
    @Test
    void anArticleUpdateThatChangesItsStatusIsTypedByTheNewStatus() throws Exception {
        long from = head();
        String story = "status-" + UUID.randomUUID().toString().substring(0, 8);
        UUID article = UUID.randomUUID();
        try (Connection db = connect()) {
            revision(db, story, article, 1, "CREATED", "[{\"field\":\"url\",\"before\":null,\"after\":\"https://a.example/x\"},"
                    + "{\"field\":\"status\",\"before\":null,\"after\":\"PUBLISHED\"}]", "PUBLISHED");
            revision(db, story, article, 2, "UPDATED", "[{\"field\":\"status\",\"before\":\"PUBLISHED\",\"after\":\"CORRECTED\"},"
                    + "{\"field\":\"statusNote\",\"before\":null,\"after\":\"The date was wrong\"}]", "CORRECTED");
            revision(db, story, article, 3, "UPDATED", "[{\"field\":\"title\",\"before\":\"a\",\"after\":\"b\"}]", "CORRECTED");
            revision(db, story, article, 4, "UPDATED", "[{\"field\":\"status\",\"before\":\"CORRECTED\",\"after\":\"RETRACTED\"}]", "RETRACTED");
            revision(db, story, article, 5, "UPDATED", "[{\"field\":\"status\",\"before\":\"RETRACTED\",\"after\":\"PUBLISHED\"}]", "PUBLISHED");
            revision(db, story, article, 6, "DELETED", "[{\"field\":\"status\",\"before\":\"PUBLISHED\",\"after\":null}]", "PUBLISHED");
        }
        assertEquals(List.of("article.created", "article.corrected", "article.updated", "article.retracted", "article.published",
                "article.deleted"), page(Map.of("after", from, "storyId", story)).getList("changes.type"));
        assertEquals(List.of(2, 4), page(Map.of("after", from, "types", "article.corrected,article.retracted", "storyId", story))
                .getList("changes.revision"));
    }

    /** A transaction that rolls back takes its revision, its change and its position with it: no gap, no orphan. */
    @Test
    void aRolledBackWriteLeavesNoChangeAndNoGap() throws Exception {
        String story = "rolled-back-" + UUID.randomUUID().toString().substring(0, 8);
        long before = head();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            revision(db, story, UUID.randomUUID(), 1, "CREATED", "[]", "PUBLISHED");
            db.rollback();
        }
        String kept = newStory();
        List<Map<String, Object>> changes = page(Map.of("after", before)).getList("changes");
        assertEquals(1, changes.size());
        assertEquals(kept, changes.get(0).get("storyId"));
        assertEquals(Long.toString(before + 1), changes.get(0).get("id"));
        assertEquals(0, count("select count(*) from revision where story_id = '" + story + "'"));
    }

    static JsonPath page(Map<String, ?> query) {
        Map<String, Object> all = new HashMap<>(query);
        all.putIfAbsent("limit", 1000);
        return given().queryParams(all).when().get(CHANGES).then().statusCode(200).extract().jsonPath();
    }

    private static void refused(Map<String, ?> query, String field) {
        given().queryParams(query).when().get(CHANGES).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:bad-request"))
                .body("errors[0].field", equalTo(field)).body("detail", containsString(field));
    }

    /** Every revision of the story has exactly one change, naming it, its resource and its number. */
    private static void assertOnePerRevision(String story, List<Map<String, Object>> changes) throws Exception {
        Map<String, String> revisions = new HashMap<>();
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(
                "select id, resource_id, number from revision where story_id = ?")) {
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

    private static void revision(Connection db, String story, UUID article, int number, String action, String changes,
            String status) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into revision (id, resource_type, resource_id, story_id,"
                + " number, action, author_subject, author_name, recorded_at, changes, state, version)"
                + " values (?, 'article', ?, ?, ?, ?, 'test', 'Test', now(), cast(? as jsonb), cast(? as jsonb), ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, article.toString());
            insert.setString(3, story);
            insert.setInt(4, number);
            insert.setString(5, action);
            insert.setString(6, changes);
            insert.setString(7, "{\"id\":\"" + article + "\",\"status\":\"" + status + "\"}");
            insert.setInt(8, number);
            insert.executeUpdate();
        }
    }

    /** The last position the feed handed out: tests read after it, so what other tests wrote (or pruned) is not theirs. */
    static long head() {
        return count("select coalesce(max(position), 0) from change_feed");
    }

    static long count(String sql) {
        try (Connection db = connect(); ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
