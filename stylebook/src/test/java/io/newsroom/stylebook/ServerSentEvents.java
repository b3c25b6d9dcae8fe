package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client: each event as {id, event, data}, comments noted, read on a thread of its own. */
public final class ServerSentEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread reader;
    private volatile boolean closed;

    private ServerSentEvents(Stream<String> lines) {
        this.lines = lines;
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    public static ServerSentEvents open(String url, String lastEventId) throws Exception {
        return open(url, lastEventId, null);
    }

    public static ServerSentEvents open(String url, String lastEventId, String authorization) throws Exception {
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
        return new ServerSentEvents(response.body());
    }

    /** The next event; fails the test when none comes within a generous time. */
    public JsonNode next() throws InterruptedException {
        JsonNode event = events.poll(30, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event came");
        }
        return event;
    }

    public boolean connected() throws InterruptedException {
        return "connected".equals(comments.poll(30, TimeUnit.SECONDS));
    }

    private void read() {
        try {
            readEvents();
        } catch (UncheckedIOException e) {
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
