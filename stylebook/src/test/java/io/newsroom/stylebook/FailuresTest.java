package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailuresTest {

    @ParameterizedTest
    @CsvSource({"23505, CONFLICT", "23503, CONFLICT", "22021, VALIDATION", "22P05, VALIDATION", "23514, VALIDATION",
            "54000, VALIDATION", "08006, UNAVAILABLE", "08001, UNAVAILABLE", "57P01, UNAVAILABLE", "57P03, UNAVAILABLE",
            "53300, UNAVAILABLE", "40P01, UNAVAILABLE"})
    void aStatementsSqlStateNamesTheProblem(String state, ProblemType type) {
        assertEquals(type, DatabaseFailures.problem(state).orElseThrow().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"42P01", "42703", "XX000", "40001"})
    void whatTheClientCannotCauseStaysOurs(String state) {
        assertTrue(DatabaseFailures.problem(state).isEmpty());
        assertTrue(DatabaseFailures.problem(null).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aConnectionRefusedOrClosedUnderTheRequestIsWorthARetry() {
        assertEquals(ProblemType.UNAVAILABLE, DatabaseFailures.connectionLost(
                new java.util.concurrent.CompletionException(new java.net.ConnectException("refused"))).orElseThrow().type());
        assertEquals(ProblemType.UNAVAILABLE, DatabaseFailures.connectionLost(
                new IllegalStateException(new java.nio.channels.ClosedChannelException())).orElseThrow().type());
        assertEquals(ProblemType.UNAVAILABLE, DatabaseFailures.connectionLost(
                new IllegalStateException(new java.net.SocketException("Connection reset"))).orElseThrow().type());
        assertEquals(ProblemType.UNAVAILABLE, DatabaseFailures.connectionLost(
                new RuntimeException("HibernateException: SocketException: Connection reset")).orElseThrow().type());
        assertTrue(DatabaseFailures.connectionLost(new IllegalStateException("a bug")).isEmpty());
        // As Mutiny reports a statement and its rollback failing on one connection PostgreSQL dropped.
        Exception both = new Exception("Multiple exceptions caught",
                new RuntimeException("Connection is not active now, current status: CLOSED"));
        both.addSuppressed(new IllegalStateException("HR000090: Live transaction detected while closing the connection"));
        assertEquals(ProblemType.UNAVAILABLE, DatabaseFailures.connectionLost(both).orElseThrow().type());
        Exception suppressedOnly = new Exception("Multiple exceptions caught");
        suppressedOnly.addSuppressed(new RuntimeException("Connection is not active now, current status: CLOSED"));
        assertEquals(ProblemType.UNAVAILABLE, DatabaseFailures.connectionLost(suppressedOnly).orElseThrow().type());
    }

    @org.junit.jupiter.api.Test
    void onlyWhatARetryCanCureSaysWhenToRetry() {
        assertEquals("5", ProblemType.UNAVAILABLE.retryAfter());
        assertEquals(null, ProblemType.CONFLICT.retryAfter());
    }

    @org.junit.jupiter.api.Test
    void jacksonPathsReadAsTheClientWroteThem() {
        List<JsonMappingException.Reference> path = List.of(new JsonMappingException.Reference(Object.class, "participants"),
                new JsonMappingException.Reference(List.class, 0), new JsonMappingException.Reference(Object.class, "name"));
        assertEquals("participants[0].name", FieldPaths.json(path));
        assertEquals("body", FieldPaths.json(List.<JsonMappingException.Reference>of()));
    }
}
