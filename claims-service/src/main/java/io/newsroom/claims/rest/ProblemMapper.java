package io.newsroom.claims.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.newsroom.claims.api.Problem;
import io.newsroom.stylebook.DatabaseFailures;
import io.newsroom.stylebook.FieldPaths;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into RFC 9457 problems, and only into the types of the shared
 * catalogue, mapped by the same rules in every service. Whatever the cause, the body names the
 * kind of problem and what to fix, never a stack trace, SQL text, library text or class name.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String NOT_A_FIELD = "is not a field of this operation";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.fields(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (violation.getInvalidValue() == null && onParameterItself(violation.getPropertyPath())) {
                // Every body parameter is @NotNull: a null one is a request sent without a body.
                return respond(ProblemType.BAD_REQUEST, "A JSON body is required", List.of(), uri);
            }
            errors.add(new FieldProblem(FieldPaths.constraint(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse(ProblemType.VALIDATION.title());
        return respond(ProblemType.VALIDATION, detail, errors, uri);
    }

    // Jackson's UnrecognizedPropertyException is a MismatchedInputException: the most specific
    // mapper wins, so unknown fields are named as such and not as a wrong type.
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = FieldPaths.json(e.getPath());
        return respond(ProblemType.UNKNOWN_FIELD, "'" + field + "' " + NOT_A_FIELD + "; remove it",
                List.of(new FieldProblem(field, NOT_A_FIELD)), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = FieldPaths.json(mapping.getPath());
            return respond(ProblemType.BAD_REQUEST, "The field '" + field + "' has the wrong type or an unknown value",
                    List.of(new FieldProblem(field, "has the wrong type or an unknown value")), uri);
        }
        return respond(ProblemType.BAD_REQUEST, "The body is not valid JSON for this operation", List.of(), uri);
    }

    // Quarkus ships its own mappers for these two; naming them here keeps every error a problem body.
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED,
                "send a valid bearer token (Authorization: Bearer ...)", List.of(), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "the token's roles do not allow this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        // A path or query parameter that does not convert (a malformed UUID, a non-number, an
        // unknown enum value) arrives as a 404 with the conversion failure as its cause.
        if (status == 404 && e.getCause() != null) {
            return respond(ProblemType.BAD_REQUEST, "A path or query parameter has the wrong format", List.of(), uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.INTERNAL) {
            LOG.error("Request failed in the framework", e);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing is at this path";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            default -> type.title();
        };
        return respond(type, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // Lost on the way to the database (refused, closed under the request): retry later, not a bug. Logged once
        // per request at WARN without a stack trace, as it says nothing about our code.
        Optional<ProblemException> lost = DatabaseFailures.connectionLost(e);
        if (lost.isPresent()) {
            LOG.warn("database unavailable: " + e);
            return problem(lost.get(), uri);
        }
        // Reactive layers wrap the cause; look for what we can explain.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
                return staleVersion(uri);
            }
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json, uri);
            }
            // Hibernate turns the driver's error into a JDBCException over an SQLException; the raw
            // PgException shows up when a statement fails outside Hibernate's conversion.
            String state = cause instanceof PgException pg ? pg.getSqlState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            Optional<ProblemException> database = DatabaseFailures.problem(state);
            if (database.isPresent()) {
                if (database.get().type() == ProblemType.UNAVAILABLE) {
                    LOG.warn("Database unavailable: " + cause.getMessage());
                }
                return problem(database.get(), uri);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        LOG.error("Request failed unexpectedly", e);
        return respond(ProblemType.INTERNAL, "The service could not complete the request", List.of(), uri);
    }

    private Response staleVersion(UriInfo uri) {
        return respond(ProblemType.STALE_VERSION, "Another write changed it first; read it again and retry",
                List.of(), uri);
    }

    static Response respond(ProblemType type, String detail, List<FieldProblem> fields, UriInfo uri) {
        List<Problem.FieldError> errors = fields.isEmpty() ? null
                : fields.stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList();
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), errors);
        Response.ResponseBuilder response = Response.status(type.status()).type(PROBLEM_JSON).entity(body);
        return (type.retryAfter() == null ? response : response.header("Retry-After", type.retryAfter())).build();
    }

    /** A violation of a method's parameter as a whole (a missing body), not of a field inside it. */
    private static boolean onParameterItself(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER) {
                return false;
            }
        }
        return true;
    }
}
