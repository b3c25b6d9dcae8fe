package io.newsroom.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.stylebook.LocalTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL killed with SIGKILL twice under a stream of creates to both services, on a private server of this
 * test's own. A client that retries with the same Idempotency-Key until it is acknowledged must end with every
 * create stored exactly once: nothing acknowledged lost (durable commits), nothing stored twice (idempotency), and
 * the outage answered honestly as 503 with Retry-After, never as 500.
 */
class DatabaseFaultsTest {

    private static final int CREATES = 300;
    private static final String STORY = "fault-story";
    private static final Duration RETRY_FOR = Duration.ofSeconds(60);
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The desk writing through the outage: an editor, with a real token of the local key (an hour is ample). */
    private static final String EDITOR_TOKEN = LocalTokens.ofRepository().token("editor", "Fault Desk");

    /** The jars are built in the prod profile, so each serves health on a management port of its own. */
    private record Service(String module, String database, int port, int managementPort) {
        Path jar() {
            return Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        String managementUrl() {
            return "http://127.0.0.1:" + managementPort;
        }
    }

    /** One create as a client would send it: its key stays the same across every retry. */
    private record Create(Service service, String path, String body, String key) {
    }

    private static final PrivatePostgres POSTGRES = new PrivatePostgres();
    private static final List<Process> CHILDREN = new ArrayList<>();
    private static final Service TIMELINE = new Service("timeline-service", "timeline", freePort(), freePort());
    private static final Service CLAIMS = new Service("claims-service", "claims", freePort(), freePort());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    /** Answers that broke the contract, with their bodies, kept to explain a failure. */
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acknowledged = new AtomicInteger();

    @BeforeAll
    static void startPrivateSystem() {
        for (Service s : List.of(TIMELINE, CLAIMS)) {
            if (!Files.isRegularFile(s.jar())) {
                throw new IllegalStateException("The database fault test needs " + s.jar() + ": build the services first "
                        + "(./mvnw -B -q install -DskipTests -pl stylebook,timeline-service,claims-service)");
            }
        }
        // Neither the services nor the server may outlive a test JVM that is killed before @AfterAll runs.
        Runtime.getRuntime().addShutdownHook(new Thread(DatabaseFaultsTest::stopPrivateSystem));
        POSTGRES.start(TIMELINE.database(), CLAIMS.database());
        launch(TIMELINE);
        launch(CLAIMS);
        awaitReady(TIMELINE);
        awaitReady(CLAIMS);
    }

    @AfterAll
    static void stopPrivateSystem() {
        stopChildren();
        POSTGRES.stop();
    }

    @Test
    void killingPostgresTwiceUnderCreatesLosesNothingAcknowledgedAndStoresNothingTwice() throws Exception {
        String actorId = id(createUntilAcknowledged(new Create(CLAIMS, "/api/claims/actors",
                "{\"name\":\"Fault Tester\",\"kind\":\"PERSON\"}", UUID.randomUUID().toString())));
        createUntilAcknowledged(new Create(TIMELINE, "/api/timeline/stories",
                "{\"id\":\"" + STORY + "\",\"title\":\"A story written while its database crashes\"}", UUID.randomUUID().toString()));
        statuses.clear();
        acknowledged.set(0);

        List<Create> creates = new ArrayList<>();
        for (int i = 0; i < CREATES; i++) {
            creates.add(new Create(TIMELINE, "/api/timeline/stories/" + STORY + "/events",
                    "{\"title\":\"Meeting " + i + "\",\"kind\":\"MEETING\",\"when\":{\"edtf\":\"2025-11-27\"}}",
                    UUID.randomUUID().toString()));
            creates.add(new Create(CLAIMS, "/api/claims/stories/" + STORY + "/claims",
                    "{\"proposition\":\"Proposition " + i + "\",\"claimantId\":\"" + actorId
                            + "\",\"madeAt\":{\"edtf\":\"2025-11-27\"}}", UUID.randomUUID().toString()));
        }
        Set<String> events = ConcurrentHashMap.newKeySet();
        Set<String> claims = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<?>> sent = new ArrayList<>();
        Instant begin = Instant.now();
        for (Create c : creates) {
            sent.add(clients.submit(() -> {
                String id = id(createUntilAcknowledged(c));
                (c.service() == TIMELINE ? events : claims).add(id);
                return null;
            }));
        }

        // The kills come at fixed points of progress, so that both land while creates are in flight however
        // fast the machine is.
        List<String> outages = new ArrayList<>();
        for (double progress : new double[] {0.25, 0.6}) {
            awaitAcknowledged((int) (progress * creates.size()));
            Instant killed = Instant.now();
            int before = acknowledged.get();
            POSTGRES.kill();
            Duration restart = POSTGRES.restart();
            awaitAcknowledged(before + 1);
            outages.add("killed at " + before + " acknowledged: PostgreSQL back in " + restart.toMillis()
                    + " ms, next create acknowledged " + Duration.between(killed, Instant.now()).toMillis() + " ms after the kill");
            assertTrue(before < creates.size(), "the kill came after every create was done: it tested nothing");
        }
        clients.shutdown();
        for (Future<?> f : sent) {
            f.get(10, TimeUnit.MINUTES);
        }
        Duration took = Duration.between(begin, Instant.now());

        Map<String, Long> seen = new TreeMap<>();
        statuses.forEach((status, count) -> seen.put(status, count.sum()));
        System.out.printf("Database faults: %d creates per service in %d ms, PostgreSQL SIGKILLed twice; %s; statuses"
                + " seen %s%n", CREATES, took.toMillis(), String.join("; ", outages), seen);

        // All three verdicts are reported together: a dishonest answer and a lost write are separate findings.
        Set<String> storedEvents = stored("event", TIMELINE, events);
        Set<String> storedClaims = stored("claim", CLAIMS, claims);
        assertAll(
                () -> assertEquals(List.of(), List.copyOf(failures), "answers that are neither success, a client error"
                        + " nor an honest 503 with Retry-After (see gateway/target/fault-*.log for the services' side)"),
                () -> assertStoredExactlyOnce("event", TIMELINE, events, storedEvents),
                () -> assertStoredExactlyOnce("claim", CLAIMS, claims, storedClaims));
    }

    private static void assertStoredExactlyOnce(String table, Service service, Set<String> acknowledgedIds,
            Set<String> stored) {
        Set<String> lost = new HashSet<>(acknowledgedIds);
        lost.removeAll(stored);
        assertEquals(CREATES, acknowledgedIds.size(), service.module() + ": each key acknowledged with one id of its own");
        assertEquals(Set.of(), lost, service.module() + ": acknowledged " + table + "s missing after the crashes");
        assertEquals(CREATES, stored.size(), service.module() + ": " + table + " rows (more would be duplicates)");
    }

    private static Set<String> stored(String table, Service service, Set<String> acknowledgedIds) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (Connection c = PrivatePostgres.connect(POSTGRES.jdbcUrl(service.database()), PrivatePostgres.ROLE,
                PrivatePostgres.PASSWORD);
                PreparedStatement st = c.prepareStatement("SELECT id::text FROM " + table + " WHERE story_id = ?")) {
            st.setString(1, STORY);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        Set<String> lost = new HashSet<>(acknowledgedIds);
        lost.removeAll(stored);
        System.out.printf("Database faults: %s stored %d %s rows for %d creates, %d acknowledged ids, %d lost%n",
                service.module(), stored.size(), table, CREATES, acknowledgedIds.size(), lost.size());
        return stored;
    }

    /** Sends one create again and again with its key until it is acknowledged, recording every answer. */
    private String createUntilAcknowledged(Create create) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(create.service().url() + create.path()))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + EDITOR_TOKEN)
                .header("Idempotency-Key", create.key()).POST(HttpRequest.BodyPublishers.ofString(create.body())).build();
        Instant deadline = Instant.now().plus(RETRY_FOR);
        while (true) {
            String outcome;
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                boolean retryAfter = answer.headers().firstValue("Retry-After").isPresent();
                outcome = status == 503 && !retryAfter ? "503 without Retry-After" : String.valueOf(status);
                count(outcome);
                if (status / 100 == 2) {
                    acknowledged.incrementAndGet();
                    return answer.body();
                }
                if (status >= 500 && !(status == 503 && retryAfter)) {
                    failures.add(create.service().module() + " " + outcome + ": " + answer.body());
                }
            } catch (IOException e) {
                // The services stay up while PostgreSQL crashes, so a broken connection to them is a finding too.
                outcome = e.getClass().getSimpleName();
                count(outcome);
                failures.add(create.service().module() + " " + outcome + ": " + e.getMessage());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(create.service().module() + " did not acknowledge " + create.path()
                        + " within " + RETRY_FOR + "; last answer " + outcome);
            }
            Thread.sleep(250);
        }
    }

    private void count(String outcome) {
        statuses.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    private void awaitAcknowledged(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(RETRY_FOR.multipliedBy(2));
        while (acknowledged.get() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + acknowledged.get() + " creates acknowledged, waited for " + count);
            }
            Thread.sleep(20);
        }
    }

    private static String id(String body) throws IOException {
        return JSON.readTree(body).path("id").asText();
    }

    private static void launch(Service s) {
        Path log = Path.of("target", "fault-" + s.module() + ".log").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Tokens are verified with the local key's public half, as bin/run starts the services; the claims-service
        // checks each claim's story with this test's timeline-service.
        ProcessBuilder pb = new ProcessBuilder(java, "-Xms64m", "-Xmx256m", "-Dquarkus.http.port=" + s.port(),
                "-Dquarkus.management.port=" + s.managementPort(),
                "-Dquarkus.oidc.public-key=" + LocalTokens.ofRepository().publicKey(), "-jar", s.jar().toString());
        pb.environment().put("TIMELINE_URL", TIMELINE.url());
        pb.environment().put("DB_NAME", s.database());
        pb.environment().put("DB_HOST", "127.0.0.1");
        pb.environment().put("DB_PORT", String.valueOf(POSTGRES.port()));
        pb.environment().put("DB_USER", PrivatePostgres.ROLE);
        pb.environment().put("DB_PASSWORD", PrivatePostgres.PASSWORD);
        pb.environment().put("DB_POOL_SIZE", "5");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        try {
            synchronized (CHILDREN) {
                CHILDREN.add(pb.start());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + s.module(), e);
        }
    }

    private static void awaitReady(Service s) {
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(s.managementUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            synchronized (CHILDREN) {
                if (CHILDREN.stream().anyMatch(p -> !p.isAlive())) {
                    throw new IllegalStateException(s.module() + " (or its sibling) exited during start-up; see gateway/target/fault-*.log");
                }
            }
            try {
                if (probe.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: try again below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + s.module(), e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + s.module(), e);
            }
        }
        throw new IllegalStateException(s.module() + " was not ready within " + READY_WITHIN + "; see gateway/target/fault-" + s.module() + ".log");
    }

    private static void stopChildren() {
        synchronized (CHILDREN) {
            for (Process p : CHILDREN) {
                p.destroy();
            }
            for (Process p : CHILDREN) {
                try {
                    if (!p.waitFor(20, TimeUnit.SECONDS)) {
                        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
            CHILDREN.clear();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
