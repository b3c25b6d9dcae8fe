import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the benchmark's stories through the services' public APIs, as a newsroom tool would:
 *
 * <ul>
 *   <li>{@code bench-1k}: 1,000 events;</li>
 *   <li>{@code bench-2k}: 2,000 events, 12 outlets, 300 coverage articles, 500 relations, 300
 *       actors, 5,000 claims made at those events and 10,000 stances on them (every claim status
 *       present);</li>
 *   <li>{@code bench-100k}: 100,000 events, for the deep-page scenario.</li>
 * </ul>
 *
 * <p>{@code java bench/Generate.java TIMELINE_URL CLAIMS_URL [concurrency] [story...]}
 *
 * <p>Safe to run again. A story whose load finished carries the tag {@code bench-loaded} and is
 * skipped after its counts are printed. A load that was interrupted is resumed: every create
 * sends a deterministic body with an {@code Idempotency-Key} derived from the story and the row's
 * number, so a create the service already has is replayed, not repeated (the services keep keys
 * for 24 hours by default).
 */
public class Generate {

    private static final String LOADED_TAG = "bench-loaded";
    private static final String[] EVENT_KINDS = {"MEETING", "STATEMENT", "PROPOSAL", "MILITARY", "LEGAL", "OTHER"};
    private static final String[] BIASES = {"LEFT", "LEAN_LEFT", "CENTER", "LEAN_RIGHT", "RIGHT", "CENTER"};
    private static final String[] ACTOR_KINDS = {"PERSON", "ORGANIZATION", "GOVERNMENT", "MEDIA", "PERSON"};
    private static final Pattern TAGS = Pattern.compile("\"tags\"\\s*:\\s*\\[([^\\]]*)\\]");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String timeline;
    private final String claims;
    private final ExecutorService pool;
    private final int concurrency;

    private Generate(String timeline, String claims, int concurrency) {
        this.timeline = strip(timeline) + "/api/timeline";
        this.claims = strip(claims) + "/api/claims";
        this.concurrency = concurrency;
        this.pool = Executors.newFixedThreadPool(concurrency);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/Generate.java TIMELINE_URL CLAIMS_URL [concurrency] [story...]");
            System.exit(2);
        }
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        List<String> stories = args.length > 3 ? List.of(args).subList(3, args.length)
                : List.of("bench-1k", "bench-2k", "bench-100k");
        Generate generate = new Generate(args[0], args[1], concurrency);
        long started = System.nanoTime();
        try {
            for (String story : stories) {
                switch (story) {
                    case "bench-1k" -> generate.timelineOnly(story, 1_000);
                    case "bench-100k" -> generate.timelineOnly(story, 100_000);
                    case "bench-2k" -> generate.fullStory(story);
                    default -> throw new IllegalArgumentException("unknown story " + story
                            + " (bench-1k, bench-2k, bench-100k)");
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("generate: failed: " + e.getCause().getMessage());
            System.exit(1);
        } finally {
            generate.pool.shutdownNow();
        }
        System.out.printf("generate: all done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private void timelineOnly(String story, int events) throws Exception {
        if (!startStory(story, events + " events")) {
            return;
        }
        long started = System.nanoTime();
        createEvents(story, events);
        markLoaded(story);
        System.out.printf("generate: %s loaded in %.1f s%n", story, (System.nanoTime() - started) / 1e9);
    }

    private void fullStory(String story) throws Exception {
        if (!startStory(story, "2,000 events, 5,000 claims, 10,000 stances")) {
            return;
        }
        long started = System.nanoTime();
        int eventCount = 2_000;
        String[] events = createEvents(story, eventCount);

        String[] outlets = run("outlets", 12, i -> post(timeline + "/outlets", "bench:outlet:" + i,
                "{\"name\":\"Bench Outlet " + i + "\",\"domain\":\"outlet" + i + ".bench.example\",\"bias\":\""
                        + BIASES[i % BIASES.length] + "\",\"factuality\":\"HIGH\"}",
                () -> lookUp(timeline + "/outlets?domain=outlet" + i + ".bench.example")));
        run("articles", 300, i -> post(timeline + "/stories/" + story + "/articles", "bench:" + story + ":article:" + i,
                "{\"url\":\"https://outlet" + (i % outlets.length) + ".bench.example/" + story + "/article-" + i
                        + "\",\"title\":\"Report " + i + " on the bench story\",\"publishedAt\":\""
                        + LocalDateTime.of(2020, 1, 1, 8, 0).plusHours(7L * i) + ":00Z\",\"zone\":\"Europe/Kyiv\"}",
                null));
        // Each relation joins an event to one three places earlier, so most pages hold both ends of some.
        run("relations", 500, i -> post(timeline + "/stories/" + story + "/relations", "bench:" + story + ":relation:" + i,
                "{\"fromEventId\":\"" + events[4 * i + 3] + "\",\"toEventId\":\"" + events[4 * i] + "\",\"type\":\""
                        + (i % 3 == 0 ? "REVISES" : "FOLLOWS") + "\"}",
                null));

        int actorCount = 300;
        String[] actors = run("actors", actorCount, i -> post(claims + "/actors", "bench:actor:" + i,
                "{\"name\":\"Bench Actor " + i + "\",\"kind\":\"" + ACTOR_KINDS[i % ACTOR_KINDS.length]
                        + "\",\"description\":\"Speaks for desk " + i % 17 + "\",\"country\":\"UA\"}",
                () -> lookUp(claims + "/actors?name=" + URLEncoder.encode("Bench Actor " + i, StandardCharsets.UTF_8))));

        int claimCount = 5_000;
        String[] claimIds = run("claims", claimCount, i -> {
            int event = i % eventCount;
            return post(claims + "/stories/" + story + "/claims", "bench:" + story + ":claim:" + i,
                    "{\"proposition\":\"Bench proposition " + i + ": the talks at event " + event
                            + " moved the front line\",\"language\":\"en\",\"claimantId\":\"" + actors[i % actorCount]
                            + "\",\"madeAt\":{\"edtf\":\"" + eventDate(event) + "\"},\"eventId\":\"" + events[event]
                            + "\",\"tags\":[\"bench\",\"topic-" + i % 7 + "\"],\"appearances\":[{\"url\":\"https://outlet"
                            + i % 12 + ".bench.example/" + story + "/claim-" + i + "\",\"outlet\":\"Bench Outlet "
                            + i % 12 + "\",\"quote\":\"Words of claim " + i + "\",\"language\":\"en\"}]}",
                    null);
        });

        // Stances per claim by i % 5: S S, D D, S D, S D D S, none, so every status shows up
        // (SUPPORTED, DISPUTED, CONTESTED twice, UNCHALLENGED) and there are two per claim on average.
        String[][] pattern = {{"SUPPORTS", "SUPPORTS"}, {"DISPUTES", "DISPUTES"}, {"SUPPORTS", "DISPUTES"},
                {"SUPPORTS", "DISPUTES", "DISPUTES", "SUPPORTS"}, {}};
        // One claim's stances are taken one after the other: the claim's version changes with each,
        // so concurrent stances on one claim would meet 412 stale-version.
        run("claims with their stances", claimCount, c -> {
            for (int s = 0; s < pattern[c % 5].length; s++) {
                // Never the claimant itself (actor c % actorCount): the service refuses that.
                String actor = actors[(c + 1 + s * 37) % actorCount];
                post(claims + "/stories/" + story + "/claims/" + claimIds[c] + "/stances",
                        "bench:" + story + ":stance:" + c + ":" + s,
                        "{\"actorId\":\"" + actor + "\",\"position\":\"" + pattern[c % 5][s] + "\",\"summary\":\"Case "
                                + s + " on claim " + c + "\",\"takenAt\":\"" + LocalDate.of(2024, 1, 1).plusDays(c % 600)
                                + "T12:00:00Z\",\"evidence\":[{\"url\":\"https://outlet" + s + ".bench.example/evidence-"
                                + c + "-" + s + "\",\"outlet\":\"Bench Outlet " + s + "\"}]}",
                        null);
            }
            return claimIds[c];
        });
        markLoaded(story);
        System.out.printf("generate: %s loaded in %.1f s%n", story, (System.nanoTime() - started) / 1e9);
    }

    /** Creates the story when missing; false when an earlier run finished loading it. */
    private boolean startStory(String story, String what) throws Exception {
        HttpResponse<String> existing = send(HttpRequest.newBuilder(URI.create(timeline + "/stories/" + story)).GET());
        if (existing.statusCode() == 200 && tags(existing.body()).contains(LOADED_TAG)) {
            System.out.println("generate: " + story + " is already loaded (" + counts(story) + "), skipped");
            return false;
        }
        if (existing.statusCode() == 404) {
            post(timeline + "/stories", "bench:story:" + story, storyBody(story, List.of("bench")), null);
        } else if (existing.statusCode() != 200) {
            throw new IllegalStateException("GET story " + story + ": " + existing.statusCode() + " " + existing.body());
        }
        System.out.println("generate: loading " + story + " (" + what + ") with " + concurrency + " requests in flight");
        return true;
    }

    private String[] createEvents(String story, int count) throws Exception {
        return run(story + " events", count, i -> post(timeline + "/stories/" + story + "/events",
                "bench:" + story + ":event:" + i,
                "{\"title\":\"Bench event " + i + " of " + story + "\",\"kind\":\"" + EVENT_KINDS[i % EVENT_KINDS.length]
                        + "\",\"language\":\"en\",\"description\":\"Delegations met for round " + i
                        + " of the talks.\",\"when\":{\"edtf\":\"" + eventDate(i) + "\"},\"participants\":[{\"name\":\"Envoy "
                        + i % 40 + "\"}],\"citations\":[{\"url\":\"https://outlet" + i % 12 + ".bench.example/" + story
                        + "/event-" + i + "\",\"outlet\":\"Bench Outlet " + i % 12 + "\"}]}",
                null));
    }

    /**
     * Mostly days, every tenth a minute and every 50th a whole month, so the timeline mixes
     * precisions as a real one does. Event i and its claims share the date.
     */
    private static String eventDate(int i) {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(i / 4);
        if (i % 50 == 0) {
            return day.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        }
        if (i % 10 == 0) {
            return day + "T" + String.format("%02d:%02dZ", i % 24, i % 60);
        }
        return day.toString();
    }

    private void markLoaded(String story) throws Exception {
        HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(timeline + "/stories/" + story)).GET());
        String etag = current.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("story has no ETag"));
        HttpResponse<String> replaced = send(HttpRequest.newBuilder(URI.create(timeline + "/stories/" + story))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(storyBody(story, List.of("bench", LOADED_TAG)))));
        if (replaced.statusCode() != 200) {
            throw new IllegalStateException("marking " + story + " loaded: " + replaced.statusCode() + " " + replaced.body());
        }
        System.out.println("generate: " + story + " " + counts(story));
    }

    /** The story's counts from the window read when timeline-service has it, else what is known without paging. */
    private String counts(String story) throws Exception {
        HttpResponse<String> window = send(HttpRequest.newBuilder(
                URI.create(timeline + "/stories/" + story + "/window?limit=1")).GET());
        if (window.statusCode() == 200) {
            Matcher counts = Pattern.compile("\"counts\"\\s*:\\s*(\\{[^}]*\\})").matcher(window.body());
            if (counts.find()) {
                return "counts " + counts.group(1);
            }
        }
        return "counts not served: no story window yet";
    }

    private static String storyBody(String story, List<String> tags) {
        return "{\"id\":\"" + story + "\",\"title\":\"Benchmark story " + story + "\",\"summary\":\"Generated by"
                + " bench/Generate.java to measure the services at a real story's size.\",\"tags\":[\""
                + String.join("\",\"", tags) + "\"]}";
    }

    private static List<String> tags(String body) {
        Matcher m = TAGS.matcher(body);
        return m.find() ? List.of(m.group(1).replace("\"", "").split("\\s*,\\s*")) : List.of();
    }

    interface Create {
        String id() throws Exception;
    }

    /** Runs count creates with the pool, printing progress; answers the created ids by number. */
    private String[] run(String what, int count, IntFunctionWithException create) throws Exception {
        String[] ids = new String[count];
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        int step = Math.max(1, count / 10);
        List<Future<?>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                ids[n] = create.apply(n);
                int finished = done.incrementAndGet();
                if (finished % step == 0 || finished == count) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("generate:   %s %,d/%,d (%.0f/s)%n", what, finished, count, finished / seconds);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        return ids;
    }

    @FunctionalInterface
    interface IntFunctionWithException {
        String apply(int i) throws Exception;
    }

    /**
     * POSTs a create with its Idempotency-Key and answers the id from Location. A 409 without a
     * replay (the key expired, the row is there) is answered by the lookup when one is given.
     */
    private String post(String url, String key, String body, Create onConflict) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("no Location from " + url));
            return location.substring(location.lastIndexOf('/') + 1);
        }
        if (response.statusCode() == 409 && onConflict != null) {
            return onConflict.id();
        }
        throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
    }

    /** The id of the first item of a list answer. */
    private String lookUp(String url) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        Matcher id = Pattern.compile("\"items\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("lookup " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return id.group(1);
    }

    /**
     * Sends with up to five tries on a 5xx or a dropped connection: every write carries an
     * Idempotency-Key, so a retry never creates a second row.
     */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // Writes need an editor's token (bench/run passes one signed by the local key, as bin/token makes).
        String token = System.getenv("NEWSROOM_TOKEN");
        HttpRequest built = (token == null ? request : request.header("Authorization", "Bearer " + token))
                .timeout(Duration.ofSeconds(30)).build();
        Exception last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return response;
                }
                last = new IllegalStateException(built.method() + " " + built.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(200L * attempt);
        }
        throw last;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
