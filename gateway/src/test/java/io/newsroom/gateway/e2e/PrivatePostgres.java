package io.newsroom.gateway.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of one test's own, in {@code gateway/target/fault-postgres/}, made with the embedded binaries
 * bin/postgres installs. A test that kills the server must never kill the shared one other tests run on, so this
 * one has its own data directory and port. Its settings are the defaults, so every commit is durable
 * (synchronous_commit on): what it acknowledges survives a crash, as on the servers a newsroom deploys.
 */
final class PrivatePostgres {

    static final String ROLE = "newsroom";
    static final String PASSWORD = "newsroom";
    private static final String ADMIN = "postgres";
    private static final Duration START_WITHIN = Duration.ofSeconds(60);

    private final Path bin = Path.of("..", ".postgres", "dist", "bin").toAbsolutePath().normalize();
    private final Path data = Path.of("target", "fault-postgres").toAbsolutePath();
    private final int port = freePort();

    /** Makes a new cluster, starts it and creates the role and the databases named, owned by that role. */
    void start(String... databases) {
        if (!Files.isExecutable(bin.resolve("postgres"))) {
            throw new IllegalStateException("The database fault test needs the embedded PostgreSQL binaries in " + bin
                    + ": run bin/postgres start once (bin/test installs them too)");
        }
        // A server left over from a killed earlier run would hold the directory: stop it before starting afresh.
        if (Files.isRegularFile(data.resolve("postmaster.pid"))) {
            pgCtl(false, "stop", "-D", data.toString(), "-m", "immediate");
        }
        deleteTree(data);
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new IllegalStateException("Could not create " + data, e);
        }
        // PostgreSQL refuses to run as root, so then the server runs as nobody and must own its directory.
        if (runningAsRoot()) {
            run(true, List.of("chown", nobody("-u") + ":" + nobody("-g"), data.toString()));
        }
        run(true, List.of("chmod", "700", data.toString()));
        asOwner(true, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "-A", "trust", "-E", "UTF8",
                "--locale-provider=icu", "--icu-locale=und", "--locale=C.UTF-8");
        try {
            Files.writeString(data.resolve("postgresql.conf"), """
                    listen_addresses = '127.0.0.1'
                    unix_socket_directories = ''
                    port = %d
                    """.formatted(port), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("Could not configure " + data, e);
        }
        startServer();
        try (Connection c = connect(jdbcUrl("postgres"), ADMIN, ""); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            for (String database : databases) {
                st.execute("CREATE DATABASE " + database + " OWNER " + ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the role and databases on the private server", e);
        }
    }

    /**
     * Kills the postmaster with SIGKILL, as the kernel's OOM killer or a lost node does, and waits until it is gone.
     * Its backends notice their parent's death and exit on their own; the next start replays the WAL.
     */
    void kill() {
        long pid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("No postmaster with pid " + pid));
        postmaster.destroyForcibly();
        Instant deadline = Instant.now().plusSeconds(30);
        while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
            sleep(50);
        }
        if (postmaster.isAlive()) {
            throw new IllegalStateException("The postmaster " + pid + " survived SIGKILL for 30 s");
        }
    }

    /**
     * Starts the server again after a crash and answers how long it took until it accepted connections. Until the
     * killed postmaster's backends have exited, the old shared memory is still in use and PostgreSQL refuses to
     * start, so the start is tried again until it works.
     */
    Duration restart() {
        Instant begin = Instant.now();
        startServer();
        return Duration.between(begin, Instant.now());
    }

    /** Stops the server at once; nothing in it is kept for later. Safe to call when it is not running. */
    synchronized void stop() {
        if (Files.isRegularFile(data.resolve("postmaster.pid"))) {
            pgCtl(false, "stop", "-D", data.toString(), "-m", "immediate");
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    private void startServer() {
        Instant deadline = Instant.now().plus(START_WITHIN);
        while (true) {
            int exit = pgCtl(false, "start", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w",
                    "-t", "60");
            if (exit == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The private PostgreSQL did not start within " + START_WITHIN
                        + "; its log is " + data.resolve("server.log"));
            }
            sleep(200);
        }
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("The private PostgreSQL is not running (no postmaster.pid in " + data + ")", e);
        }
    }

    private int pgCtl(boolean mustSucceed, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString()));
        command.addAll(List.of(args));
        return asOwner(mustSucceed, command.toArray(String[]::new));
    }

    private int asOwner(boolean mustSucceed, String... command) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + nobody("-u"), "--regid=" + nobody("-g"), "--clear-groups", "--"));
        }
        full.addAll(List.of(command));
        return run(mustSucceed, full);
    }

    private static int run(boolean mustSucceed, List<String> command) {
        Path log = Path.of("target", "fault-postgres-commands.log").toAbsolutePath();
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (mustSucceed && p.exitValue() != 0) {
                throw new IllegalStateException("Failed (exit " + p.exitValue() + "): " + String.join(" ", command)
                        + "; see " + log);
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String nobody(String idFlag) {
        try {
            Process p = new ProcessBuilder("id", idFlag, "nobody").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("No user nobody to run PostgreSQL as: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Could not look up the user nobody", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted looking up the user nobody", e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not delete " + root, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
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

    /**
     * A JDBC connection through the driver itself: DriverManager hands out only drivers of the class loader that
     * registered them first, which after a @QuarkusTest in the same run is Quarkus's, not this test's.
     */
    static Connection connect(String url, String user, String password) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new org.postgresql.Driver().connect(url, properties);
    }
}
