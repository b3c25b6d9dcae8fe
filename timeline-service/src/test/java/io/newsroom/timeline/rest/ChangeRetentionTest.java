package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.ChangeFeedTest.connect;
import static io.newsroom.timeline.rest.ChangeFeedTest.count;
import static io.newsroom.timeline.rest.ChangeFeedTest.head;
import static io.newsroom.timeline.rest.TestStories.newEvent;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.timeline.service.ChangeFeedService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changes are kept for the retention (30 days); a reader resuming from before what was pruned is told it missed some. */
@QuarkusTest
class ChangeRetentionTest {

    @Inject
    ChangeFeedService changes;

    @Test
    void pruningDropsChangesOlderThanTheRetentionKeepsRevisionsAndAnOlderCursorIsGone() throws Exception {
        String story = newStory();
        newEvent(story, "Old", "2025-11-23");
        long old = head();
        newEvent(story, "Recent", "2025-11-24");
        try (Connection db = connect()) {
            db.createStatement().executeUpdate("update change_feed set entered_at = entered_at - interval '31 days'"
                    + " where position <= " + old);
        }
        assertTrue(changes.prune().await().indefinitely() >= 3);

        assertEquals(0, count("select count(*) from change_feed where position <= " + old));
        assertEquals(5, count("select count(*) from revision where story_id = '" + story + "'"), "revisions are kept");
        given().queryParam("after", old - 1).when().get(ChangeFeedTest.CHANGES).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:changes-pruned"))
                .body("errors[0].field", equalTo("after"))
                .body("detail", containsString("after=" + old)).body("detail", containsString("30 days"));
        given().queryParam("after", old - 1).when().get(ChangeFeedTest.CHANGES + "/stream").then().statusCode(410)
                .body("type", equalTo("urn:newsroom:problem:changes-pruned"));
        given().header("Last-Event-ID", old - 1).when().get(ChangeFeedTest.CHANGES + "/stream").then().statusCode(410)
                .body("errors[0].field", equalTo("Last-Event-ID"));
        // A reader that names no position starts from the oldest change kept, and has missed nothing.
        given().when().get(ChangeFeedTest.CHANGES).then().statusCode(200).body("changes[0].id", equalTo(Long.toString(old + 1)));
        List<String> kept = ChangeFeedTest.page(Map.of("after", old, "storyId", story)).getList("changes.type");
        assertEquals(List.of("event.created", "transition.created"), kept);
        // What is younger than the retention stays.
        assertEquals(0, changes.prune().await().indefinitely());
    }

    @Test
    void theNewestChangeIsKeptWhateverItsAgeSoPositionsNeverRepeat() throws Exception {
        newStory();
        long newest = head();
        try (Connection db = connect()) {
            db.createStatement().executeUpdate("update change_feed set entered_at = entered_at - interval '31 days'");
        }
        changes.prune().await().indefinitely();
        assertEquals(1, count("select count(*) from change_feed"));
        assertEquals(newest, head());
        String story = newStory();
        given().queryParam("after", newest).when().get(ChangeFeedTest.CHANGES).then().statusCode(200)
                .body("changes[0].id", equalTo(Long.toString(newest + 1))).body("changes[0].resourceId", equalTo(story));
    }
}
