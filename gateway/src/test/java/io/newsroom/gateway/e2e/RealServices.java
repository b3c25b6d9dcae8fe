package io.newsroom.gateway.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsroom.stylebook.LocalTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The timeline-service and the claims-service as they ship: their runnable jars, started as child processes on
 * free ports against empty PostgreSQL databases of their own; the gateway under test gets an empty one of its own too. The build makes the jars before the gateway's
 * tests run (modules build in order), so this tests the real contract, not a stub of it.
 */
public class RealServices implements QuarkusTestResourceLifecycleManager {

    private static final String DB_HOST = env("DB_HOST", "127.0.0.1");
    private static final String DB_PORT = env("DB_PORT", "54329");
    private static final String DB_USER = env("DB_USER", "newsroom");
    private static final String DB_PASSWORD = env("DB_PASSWORD", "newsroom");
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    /**
     * Appended to the end-to-end databases' names (timeline_e2e, claims_e2e, gateway_e2e), so two checkouts can run
     * this test on one server at once; each such database must exist (bin/postgres creates the unsuffixed ones).
     */
    private static final String DATABASE_SUFFIX = env("E2E_DB_SUFFIX", "");
    /** The gateway's own database in this system: empty at every start, like the services'. */
    private static final String GATEWAY_DATABASE = "gateway_e2e" + DATABASE_SUFFIX;

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

    private static RealServices current;

    private final Map<Service, Process> children = new LinkedHashMap<>();
    private Service timeline;
    private Service claims;

    @Override
    public Map<String, String> start() {
        timeline = new Service("timeline-service", "timeline_e2e" + DATABASE_SUFFIX, freePort(), freePort());
        claims = new Service("claims-service", "claims_e2e" + DATABASE_SUFFIX, freePort(), freePort());
        for (Service s : List.of(timeline, claims)) {
            if (!Files.isRegularFile(s.jar())) {
                throw new IllegalStateException("The end-to-end test needs " + s.jar() + ": build the services first "
                        + "(./mvnw -pl timeline-service,claims-service package -DskipTests, or a full ./mvnw verify)");
            }
        }
        // Children must not outlive a test JVM that is killed before stop() runs.
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopChildren));
        // The gateway under test starts after this returns, on an empty database of its own that it migrates.
        resetDatabase(GATEWAY_DATABASE);
        emptySystem();
        current = this;
        // Freshly started JVMs on a busy machine answer their first requests slowly: this test is about
        // correctness, so its time limits are generous (the WireMock tests cover the limits themselves).
        return Map.ofEntries(
                Map.entry("quarkus.rest-client.timeline.url", timeline.url()),
                Map.entry("quarkus.rest-client.claims.url", claims.url()),
                Map.entry("quarkus.datasource.reactive.url", "postgresql://" + DB_HOST + ":" + DB_PORT + "/" + GATEWAY_DATABASE),
                Map.entry("quarkus.datasource.jdbc.url", jdbcUrl(GATEWAY_DATABASE)),
                Map.entry("newsroom.gateway.view-budget", "60s"),
                Map.entry("newsroom.gateway.import-budget", "300s"),
                Map.entry("newsroom.gateway.ingestion-budget", "300s"),
                Map.entry("Timeout/value", "30000"),
                Map.entry("Timeout/unit", "MILLIS"),
                // The gateway follows the real feeds and sends webhooks, to receivers on this machine, soon retried.
                Map.entry("newsroom.webhooks.dispatch", "true"),
                Map.entry("newsroom.webhooks.allowed-hosts", "127.0.0.1"),
                Map.entry("newsroom.webhooks.poll-interval", "200ms"),
                Map.entry("newsroom.webhooks.first-retry-after", "200ms"),
                Map.entry("newsroom.webhooks.max-retry-delay", "1s"),
                Map.entry("newsroom.feeds.poll-interval", "200ms"));
    }

    /**
     * Stops the services, empties their databases and starts them again on the same ports, and empties the gateway's
     * own tables (keeping its schema: the gateway under test keeps running): a new, empty system.
     */
    public static void restartEmpty() {
        current.stopChildren();
        emptyTables(GATEWAY_DATABASE);
        current.emptySystem();
    }

    /** Where a service (by module name) answers health, metrics and its OpenAPI document: its management port. */
    public static String managementUrl(String module) {
        return (module.equals(current.timeline.module()) ? current.timeline : current.claims).managementUrl();
    }

    /** Kills the claims-service at once (SIGKILL), as a crashed pod is, leaving its database as it was. */
    public static void killClaims() {
        current.kill(current.claims);
    }

    /** Starts the claims-service again on its port and database, and waits until it is ready. */
    public static void startClaims() {
        current.relaunch(current.claims);
    }

    /** Kills the timeline-service at once (SIGKILL), leaving its database as it was. */
    public static void killTimeline() {
        current.kill(current.timeline);
    }

    /** Starts the timeline-service again on its port and database, and waits until it is ready. */
    public static void startTimeline() {
        current.relaunch(current.timeline);
    }

    private synchronized void kill(Service s) {
        Process process = children.remove(s);
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void relaunch(Service s) {
        synchronized (this) {
            children.put(s, launch(s));
        }
        awaitReady(s);
    }

    private void emptySystem() {
        resetDatabase(timeline.database());
        resetDatabase(claims.database());
        synchronized (this) {
            children.put(timeline, launch(timeline));
            children.put(claims, launch(claims));
        }
        awaitReady(timeline);
        awaitReady(claims);
    }

    private static void resetDatabase(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), DB_USER, DB_PASSWORD); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty database " + database + " at " + DB_HOST + ":" + DB_PORT
                    + " (is PostgreSQL running? bin/postgres start)", e);
        }
    }

    /** Every row of every table but Flyway's history, in one statement, whatever tables the migrations made. */
    private static void emptyTables(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), DB_USER, DB_PASSWORD); Statement st = c.createStatement()) {
            st.execute("""
                    DO $$
                    DECLARE tables text;
                    BEGIN
                      SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
                        FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history';
                      IF tables IS NOT NULL THEN
                        EXECUTE 'TRUNCATE ' || tables || ' CASCADE';
                      END IF;
                    END $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the tables of database " + database + " at " + DB_HOST + ":"
                    + DB_PORT + " (is PostgreSQL running? bin/postgres start)", e);
        }
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + DB_HOST + ":" + DB_PORT + "/" + database;
    }

    private Process launch(Service s) {
        Path log = Path.of("target", "e2e-" + s.module() + ".log").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Each service verifies tokens with the local key's public half, as bin/run starts them; the claims-service
        // checks a claim's story and event with the real timeline-service.
        ProcessBuilder pb = new ProcessBuilder(java, "-Xms64m", "-Xmx256m", "-Dquarkus.http.port=" + s.port(),
                "-Dquarkus.management.port=" + s.managementPort(),
                "-Dquarkus.oidc.public-key=" + LocalTokens.ofRepository().publicKey(), "-jar", s.jar().toString());
        pb.environment().put("TIMELINE_URL", timeline.url());
        pb.environment().put("DB_NAME", s.database());
        pb.environment().put("DB_HOST", DB_HOST);
        pb.environment().put("DB_PORT", DB_PORT);
        pb.environment().put("DB_USER", DB_USER);
        pb.environment().put("DB_PASSWORD", DB_PASSWORD);
        pb.environment().put("DB_POOL_SIZE", "5");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            return pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + s.module(), e);
        }
    }

    private void awaitReady(Service s) {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (anyExited()) {
                stopChildren();
                throw new IllegalStateException(s.module() + " (or its sibling) exited during start-up; see gateway/target/e2e-*.log");
            }
            try {
                HttpURLConnection http = (HttpURLConnection) URI.create(s.managementUrl() + "/q/health/ready").toURL().openConnection();
                http.setConnectTimeout(1000);
                http.setReadTimeout(2000);
                if (http.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: try again below.
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stopChildren();
        throw new IllegalStateException(s.module() + " was not ready within " + READY_WITHIN + "; see gateway/target/e2e-" + s.module() + ".log");
    }

    private synchronized boolean anyExited() {
        return children.values().stream().anyMatch(p -> !p.isAlive());
    }

    private synchronized void stopChildren() {
        for (Process p : children.values()) {
            p.destroy();
        }
        for (Process p : children.values()) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        children.clear();
    }

    @Override
    public void stop() {
        stopChildren();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
