package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.ChangeFeedTest.head;
import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The change feed as Server-Sent Events: live, and resumed from Last-Event-ID without loss or repetition. */
@QuarkusTest
class ChangeStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/timeline/changes/stream")
    URI stream;

    @Test
    void aLiveChangeArrivesAndAReconnectWithLastEventIdGetsEverythingInBetweenOnce() throws Exception {
        String story = newStory();
        long from = head();
        List<String> received = new ArrayList<>();
        String lastId;
        try (Events events = Events.open(stream + "?storyId=" + story + "&after=" + from, null)) {
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
        try (Events events = Events.open(stream + "?storyId=" + story + "&after=" + from, lastId)) {
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
        try (Events events = Events.open(stream + "?storyId=" + story + "&types=story.deleted&after=" + head(), null)) {
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

    /** A Server-Sent Events client: each event as {id, event, data}, comments noted, read on a thread of its own. */
    static final class Events implements AutoCloseable {

        private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
        private final Stream<String> lines;
        private final Thread reader;
        private volatile boolean closed;

        private Events(Stream<String> lines) {
            this.lines = lines;
            this.reader = new Thread(this::read, "sse-test-client");
            reader.setDaemon(true);
            reader.start();
        }

        static Events open(String url, String lastEventId) throws Exception {
            return open(url, lastEventId, null);
        }

        static Events open(String url, String lastEventId, String authorization) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            return new Events(response.body());
        }

        /** The next event; fails the test when none comes within a generous time. */
        JsonNode next() throws InterruptedException {
            JsonNode event = events.poll(30, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no event came");
            }
            return event;
        }

        boolean connected() throws InterruptedException {
            return "connected".equals(comments.poll(30, TimeUnit.SECONDS));
        }

        private void read() {
            try {
                readEvents();
            } catch (java.io.UncheckedIOException e) {
                // Closing the stream ends the read with this; anything else is the test's failure.
                if (!closed) {
                    throw e;
                }
            }
        }

        private void readEvents() {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(JSON.createObjectNode().put("id", id).put("event", name).set("data", parse(data.toString())));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        }

        private static JsonNode parse(String json) {
            try {
                return JSON.readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException("an event's data is not JSON: " + json, e);
            }
        }

        @Override
        public void close() {
            closed = true;
            lines.close();
        }
    }
}
