package io.newsroom.timeline.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsroom.timeline.api.FieldError;
import io.newsroom.timeline.api.Problem;
import io.newsroom.timeline.service.ProblemException;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single translation of failures into RFC 9457 problems. Messages are written here or by the
 * services; exception texts from libraries never reach a client, as they may carry SQL or class
 * names.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(422, "validation", "The request breaks a rule", detail, errors, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return respond(400, "bad-request", "The request cannot be read", "the body is not valid JSON", List.of(), uri);
        }
        String field = jsonPath(mapping.getPath());
        String message;
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            message = "'" + format.getValue() + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' has the wrong format";
        } else {
            message = "has the wrong JSON type";
        }
        return respond(400, "bad-request", "The request cannot be read", field + ": " + message,
                List.of(new FieldError(field, message)), uri);
    }

    /** Quarkus maps this subtype itself; this keeps the answer a problem like every other. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "there is nothing at this path";
            case 405 -> "this path does not support the method";
            case 406 -> "this service answers application/json";
            case 415 -> "the body must be application/json";
            case 400 -> "the request cannot be read";
            default -> "the request cannot be served";
        };
        String slug = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 400 -> "bad-request";
            default -> "http-" + status;
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(status, slug, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(412, "stale", "The resource changed since it was read",
                        "someone else changed it at the same time; read it again and reapply the change", List.of(), uri);
            }
            String sqlState = sqlState(cause);
            if (sqlState != null) {
                switch (sqlState) {
                    case "23505":
                        return respond(409, "conflict", "It already exists",
                                "an equal one was created at the same time", List.of(), uri);
                    case "23503":
                        return respond(409, "conflict", "A referenced resource changed",
                                "something this request refers to was removed at the same time", List.of(), uri);
                    case "22001", "22003", "22007", "22008", "22021", "22P05", "23514", "54000":
                        return respond(422, "validation", "The request breaks a rule",
                                "a value is out of the range the service stores", List.of(), uri);
                    default:
                        break;
                }
            }
        }
        LOG.error("request failed", e);
        return respond(500, "internal", "Internal error",
                "the service failed to answer; the failure is logged", List.of(), uri);
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

    private static Response respond(int status, String slug, String title, String detail, List<FieldError> errors, UriInfo uri) {
        Problem body = new Problem("urn:newsroom:problem:" + slug, title, status, detail,
                uri.getRequestUri().getRawPath(), errors.isEmpty() ? null : errors);
        return Response.status(status).type("application/problem+json").entity(body).build();
    }

    /** 'createEvent.input.participants[0].name' becomes 'participants[0].name'; a lone parameter keeps its name. */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < nodes.size() && nodes.get(start).getKind() == ElementKind.METHOD) {
            start++;
        }
        if (start < nodes.size() && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            if (start == nodes.size() - 1) {
                return nodes.get(start).getName();
            }
            start++;
        }
        for (int i = start; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.isInIterable() && out.length() > 0) {
                out.append('[').append(node.getIndex() == null ? node.getKey() : node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }
}
