package io.newsroom.gateway.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol with nothing but the JDK's WebSocket: one page
 * (target) attached in flat mode, commands answered by id. Closing it kills the browser and deletes its profile.
 */
final class Chromium implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private String session;

    /** @return the browser binary, or empty with nothing to run the test on */
    static Optional<Path> binary() {
        String configured = System.getenv("CHROMIUM");
        Stream<String> candidates = configured == null ? CANDIDATES.stream() : Stream.concat(Stream.of(configured), CANDIDATES.stream());
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Chromium launch(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("reader-page-browser-");
        Process process = null;
        try {
            process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--lang=en-GB", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                    "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new Chromium(process, profile);
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (process != null) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            deleteTree(profile);
            throw e;
        }
    }

    private Chromium(Process process, Path profile) throws IOException, InterruptedException {
        this.process = process;
        this.profile = profile;
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    log.add(line);
                    int at = line.indexOf("ws://");
                    if (line.startsWith("DevTools listening on") && at >= 0) {
                        endpoint.complete(line.substring(at).trim());
                    }
                }
            } catch (IOException ended) {
                // The browser closed its stderr: it has exited, and the exit is reported below if early.
            }
            endpoint.completeExceptionally(new IllegalStateException("Chromium exited before DevTools listened: " + log));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Chromium did not open DevTools: " + log, e);
        }
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(TIMEOUT)
                .buildAsync(URI.create(url), new Listener())
                .join();
        String target = browser("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = browser("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
    }

    /** A command to the attached page. */
    JsonNode send(String method, Map<String, ?> params) {
        return call(method, params, session);
    }

    private JsonNode browser(String method, Map<String, ?> params) {
        return call(method, params, null);
    }

    private JsonNode call(String method, Map<String, ?> params, String sessionId) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonNode reply = answer.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    void viewport(int width, int height) {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", width < 600));
    }

    void scriptsDisabled(boolean disabled) {
        send("Emulation.setScriptExecutionDisabled", Map.of("value", disabled));
    }

    /** Loads the page and waits for its load event. */
    void open(String url) {
        int before = events.size();
        JsonNode navigation = send("Page.navigate", Map.of("url", url));
        if (navigation.hasNonNull("errorText")) {
            throw new IllegalStateException("navigation to " + url + " failed: " + navigation.get("errorText"));
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = before; i < events.size(); i++) {
                if ("Page.loadEventFired".equals(events.get(i).path("method").asText())) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no load event for " + url);
    }

    /** Evaluates an expression in the page (DevTools may, even where the page's own scripts may not). */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    void press(String key, String code, int keyCode) {
        for (String type : List.of("keyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", code, "windowsVirtualKeyCode", keyCode));
        }
    }

    /** Captures the whole page, not only the viewport, as a PNG. */
    void screenshot(Path file, int width) throws IOException {
        JsonNode metrics = send("Page.getLayoutMetrics", Map.of());
        int height = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(900));
        viewport(width, Math.min(Math.max(height, 200), 16_000));
        String png = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", false)).path("data").asText();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (socket != null) {
                socket.abort();
            }
        } finally {
            // Known before the browser goes: its helpers (renderers, zygote) would be orphaned and unfindable after.
            List<ProcessHandle> helpers = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            helpers.forEach(ProcessHandle::destroyForcibly);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException, InterruptedException {
        // A helper process may still be writing its last file as it dies; a second pass then finds it.
        for (int attempt = 1; Files.exists(root); attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
                for (Path p : all) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException stillBusy) {
                if (attempt >= 5) {
                    throw stillBusy;
                }
                Thread.sleep(200L * attempt);
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException unreadable) {
                    log.add("unreadable DevTools message: " + unreadable.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(p -> p.completeExceptionally(error));
        }
    }
}
