package io.newsroom.stylebook;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a failed statement means to the client, by its SQLSTATE, the same in every service: a
 * duplicate or a reference removed at the same time is a conflict, a value PostgreSQL cannot store
 * (a NUL character, a number out of range) breaks a rule, and a database that is down or
 * restarting is worth retrying. Anything else is a bug of ours and stays an internal error.
 */
public final class DatabaseFailures {

    private static final Set<String> CONNECTION_LOST = Set.of("io.vertx.sqlclient.ClosedConnectionException");
    /**
     * What the reactive PostgreSQL client, and Hibernate Reactive rewrapping its failures as text, say of a
     * connection PostgreSQL dropped or refused, where no typed cause survives.
     */
    private static final List<String> CONNECTION_WORDS = List.of("Connection is not active now", "Connection reset",
            "Connection refused", "Broken pipe");

    private DatabaseFailures() {
    }

    public static Optional<ProblemException> problem(String sqlState) {
        if (sqlState == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (sqlState) {
            case "23505" -> new ProblemException(ProblemType.CONFLICT, "an equal one was stored at the same time");
            case "23503" -> new ProblemException(ProblemType.CONFLICT,
                    "something this request refers to was removed at the same time");
            case "23514", "54000" -> outOfRange();
            // 57P01-57P03: the server is shutting down or starting; 53300: no connection slot left; 40P01: two
            // writes waited on each other (say, on their stories' change counters) and this one was rolled back whole.
            case "57P01", "57P02", "57P03", "53300", "40P01" -> unavailable();
            default -> sqlState.startsWith("22") ? outOfRange() : sqlState.startsWith("08") ? unavailable() : null;
        });
    }

    /**
     * A failure on the way to the database rather than in a statement: the connection was refused,
     * reset or closed under the request (PostgreSQL restarting, a failover). Named by class, as the driver's
     * types are not this library's to depend on.
     */
    public static Optional<ProblemException> connectionLost(Throwable failure) {
        return lost(failure, 0) ? Optional.of(unavailable()) : Optional.empty();
    }

    // Causes and suppressed failures both: a reactive pipeline that fails twice (the statement, then
    // the rollback on the same dead connection) reports the first as cause and the rest as suppressed.
    private static boolean lost(Throwable failure, int depth) {
        if (failure == null || depth > 16) {
            return false;
        }
        // Any I/O failure: the database is a service's only peer, so refused, reset or closed sockets are all it.
        if (failure instanceof IOException
                || CONNECTION_LOST.contains(failure.getClass().getName())
                || CONNECTION_WORDS.stream().anyMatch(String.valueOf(failure.getMessage())::contains)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (lost(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && lost(failure.getCause(), depth + 1);
    }

    private static ProblemException outOfRange() {
        return new ProblemException(ProblemType.VALIDATION,
                "a value cannot be stored (for example, text containing a NUL character)");
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "the database cannot be reached; retry in a few seconds");
    }
}
