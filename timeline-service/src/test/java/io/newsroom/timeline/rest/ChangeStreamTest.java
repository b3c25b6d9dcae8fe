package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.ChangeFeedTest.head;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.stylebook.ServerSentEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feed as Server-Sent Events: live, and resumed from Last-Event-ID without loss or repetition. */
@QuarkusTest
class ChangeStreamTest {

    @TestHTTPResource("/api/timeline/changes/stream")
    URI stream;

    @Test
    void aLiveChangeArrivesAndAReconnectWithLastEventIdGetsEverythingInBetweenOnce() throws Exception {
        String story = newStory();
        long from = head();
        List<String> received = new ArrayList<>();
        String lastId;
        try (ServerSentEvents events = ServerSentEvents.open(stream + "?storyId=" + story + "&after=" + from, null)) {
            rename(story, "First");
            JsonNode first = events.next();
            assertEquals("story.updated", first.get("event").asText());
            assertEquals("First", first.at("/data/data/title").asText());
            assertEquals(first.get("id").asText(), first.at("/data/id").asText());
            received.add(first.at("/data/data/title").asText());
            lastId = first.get("id").asText();
        }
        // Written while the client is away.
        rename(story, "Second");
        rename(story, "Third");
        rename(story, "Fourth");
        // Last-Event-ID wins over after (which would repeat everything).
        try (ServerSentEvents events = ServerSentEvents.open(stream + "?storyId=" + story + "&after=" + from, lastId)) {
            for (int i = 0; i < 3; i++) {
                received.add(events.next().at("/data/data/title").asText());
            }
            // A live one after the missed ones: had anything come twice, it would come before this.
            rename(story, "Fifth");
            received.add(events.next().at("/data/data/title").asText());
        }
        assertEquals(List.of("First", "Second", "Third", "Fourth", "Fifth"), received);
    }

    @Test
    void aStreamSendsOnlyTheTypesAskedForAndSaysItIsConnectedAtOnce() throws Exception {
        String story = newStory();
        try (ServerSentEvents events = ServerSentEvents.open(stream + "?storyId=" + story + "&types=story.deleted&after=" + head(), null)) {
            assertTrue(events.connected(), "a comment before any change");
            rename(story, "Ignored");
            given().header("If-Match", "*").when().delete("/api/timeline/stories/" + story).then().statusCode(204);
            JsonNode deleted = events.next();
            assertEquals("story.deleted", deleted.get("event").asText());
            assertEquals(story, deleted.at("/data/resourceId").asText());
        }
    }

    private static void rename(String story, String title) {
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("title", title))
                .when().put("/api/timeline/stories/" + story).then().statusCode(200);
    }
}
