package io.newsroom.timeline.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.newsroom.stylebook.DatabaseFailures;
import io.newsroom.stylebook.FieldPaths;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.timeline.api.FieldError;
import io.newsroom.timeline.api.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single translation of failures into RFC 9457 problems, each of a type of the shared
 * catalogue ({@link ProblemType}), with the same rules in every service. Details are written here
 * or by the services; exception texts from libraries never reach a client, as they may carry SQL
 * or class names.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String NOT_A_FIELD = "is not a field of this operation";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.fields(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(FieldPaths.constraint(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION, detail, errors, uri);
    }

    /** Jackson reads it as a mismatched input, so it needs its own mapper to be told from a wrong type. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = FieldPaths.json(e.getPath());
        return respond(ProblemType.UNKNOWN_FIELD, field + ": " + NOT_A_FIELD, List.of(new FieldProblem(field, NOT_A_FIELD)),
                uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return respond(ProblemType.BAD_REQUEST, "the body is not valid JSON", List.of(), uri);
        }
        String field = FieldPaths.json(mapping.getPath());
        String message;
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            message = "'" + format.getValue() + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' has the wrong format";
        } else {
            message = "has the wrong JSON type";
        }
        return respond(ProblemType.BAD_REQUEST, field + ": " + message, List.of(new FieldProblem(field, message)), uri);
    }

    /** Quarkus maps this subtype itself; this keeps the answer a problem like every other. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
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
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 401 -> "send a valid bearer token";
            case 403 -> "the token's roles do not allow this operation";
            case 404 -> "there is nothing at this path";
            case 405 -> "this path does not support the method";
            case 406 -> "this service answers application/json";
            case 413 -> "the request is larger than this service accepts";
            case 415 -> "the body must be application/json";
            case 400 -> "the request cannot be read";
            default -> "the request cannot be served";
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(ProblemType.forStatus(status), detail, List.of(), uri);
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
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(ProblemType.STALE_VERSION,
                        "someone else changed it at the same time; read it again and reapply the change", List.of(), uri);
            }
            Optional<ProblemException> database = DatabaseFailures.problem(sqlState(cause));
            if (database.isPresent()) {
                if (database.get().type() == ProblemType.UNAVAILABLE) {
                    LOG.warn("database unavailable: " + cause.getMessage());
                }
                return problem(database.get(), uri);
            }
        }
        LOG.error("request failed", e);
        return respond(ProblemType.INTERNAL, "the service failed to answer; the failure is logged", List.of(), uri);
    }

    private static String sqlState(Throwable e) {
        if (e instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (e instanceof JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return e instanceof SQLException sql ? sql.getSQLState() : null;
    }

    private static Response respond(ProblemType type, String detail, List<FieldProblem> errors, UriInfo uri) {
        List<FieldError> fields = errors.stream().map(f -> new FieldError(f.field(), f.message())).toList();
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail,
                uri.getRequestUri().getRawPath(), fields.isEmpty() ? null : fields);
        Response.ResponseBuilder response = Response.status(type.status()).type("application/problem+json").entity(body);
        return (type.retryAfter() == null ? response : response.header("Retry-After", type.retryAfter())).build();
    }
}
