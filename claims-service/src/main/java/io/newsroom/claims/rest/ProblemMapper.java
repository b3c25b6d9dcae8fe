package io.newsroom.claims.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsroom.claims.rest.model.Problem;
import io.newsroom.claims.service.ProblemException;
import io.vertx.pgclient.PgException;
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
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into RFC 9457 problems. Whatever the cause, the body names
 * the kind of problem and what to fix, never a stack trace, SQL text or class name.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().isEmpty() ? null
                : e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean missingBody = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = jsonPath(violation.getPropertyPath());
            if (field.isEmpty()) {
                missingBody = true;
            } else {
                errors.add(new Problem.FieldError(field, violation.getMessage()));
            }
        }
        if (missingBody) {
            return respond(400, "bad-request", "The request cannot be read", "A JSON body is required", uri, null);
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request breaks a rule");
        return respond(422, "validation", "The request breaks a rule", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String detail = "The body is not valid JSON for this operation";
        List<Problem.FieldError> errors = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            detail = "The field '" + field + "' has the wrong type or an unknown value";
            errors = List.of(new Problem.FieldError(field, "has the wrong type or an unknown value"));
        }
        return respond(400, "unreadable-body", "The request cannot be read", detail, uri, errors);
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

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        // A path or query parameter that does not convert (a malformed UUID, a non-number) arrives
        // as a 404 with the conversion failure as cause: it is a request we cannot read.
        if (status == 404 && e.getCause() != null) {
            return respond(400, "bad-parameter", "A parameter cannot be read",
                    "A path or query parameter has the wrong format", uri, null);
        }
        String title = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "The request is too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "The service failed" : "The request cannot be served";
        };
        String slug = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal" : "bad-request";
        };
        String detail = switch (status) {
            case 400 -> "The request cannot be read";
            case 404 -> "Nothing is at this path";
            case 415 -> "Send the body as application/json";
            default -> title;
        };
        return respond(status, slug, title, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return respond(412, "stale-version", "The resource changed since it was read",
                "Another write changed it first; read it again and retry", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // Reactive layers wrap the cause; look for what we can explain.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof StaleStateException staleState) {
                return stale(staleState, uri);
            }
            // Hibernate turns the driver's error into a JDBCException over an SQLException; the raw
            // PgException shows up when a statement fails outside Hibernate's conversion.
            String state = cause instanceof PgException pg ? pg.getSqlState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null) {
                Response mapped = database(state, uri);
                if (mapped != null) {
                    return mapped;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        LOG.error("Request failed unexpectedly", e);
        return respond(500, "internal", "The service failed", "The service could not complete the request", uri, null);
    }

    private Response database(String state, UriInfo uri) {
        if ("23505".equals(state)) {
            return respond(409, "conflict", "Conflicts with the current state",
                    "Another request created the same thing first", uri, null);
        }
        if ("23503".equals(state)) {
            return respond(422, "reference", "The request breaks a rule",
                    "The request refers to something that no longer exists", uri, null);
        }
        // Class 22 is "data exception": a value PostgreSQL cannot store, such as a NUL character in text.
        if (state.startsWith("22") || "23514".equals(state) || "54000".equals(state)) {
            return respond(422, "validation", "The request breaks a rule",
                    "A value cannot be stored (for example, text containing a NUL character)", uri, null);
        }
        return null;
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
                            List<Problem.FieldError> errors) {
        Problem body = new Problem("urn:newsroom:problem:" + slug, title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    // "createClaim.input.madeAt.edtf" -> "madeAt.edtf"; list elements become their index.
    private static String jsonPath(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && !parts.isEmpty() && node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                parts.add(String.valueOf(node.getIndex()));
                continue;
            }
            if (node.getIndex() != null) {
                parts.add(String.valueOf(node.getIndex()));
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                parts.add(node.getName());
            }
        }
        return String.join(".", parts);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference reference : path) {
            parts.add(reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()));
        }
        return String.join(".", parts);
    }
}
