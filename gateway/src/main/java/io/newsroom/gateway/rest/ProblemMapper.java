package io.newsroom.gateway.rest;

import jakarta.validation.ConstraintViolationException;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.service.ServicesUnavailableException;
import io.newsroom.stylebook.DatabaseFailures;
import io.newsroom.stylebook.FieldPaths;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;

/**
 * The gateway's one error mapper. Every failure leaves as an RFC 9457 problem of a type from the shared catalogue
 * ({@link ProblemType}), so a client handles {@code urn:newsroom:problem:not-found} once, whichever part answered;
 * no library text, class name or stack trace reaches a client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String NOT_A_FIELD = "is not a field of this operation";
    static final String SEND_A_TOKEN = "send a valid bearer token (Authorization: Bearer ...)";
    static final String ROLES_DO_NOT_ALLOW = "the token's roles do not allow this operation";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return render(e.type(), e.getMessage(), e.fields(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response storyNotFound(StoryNotFoundException e, UriInfo uri) {
        return render(ProblemType.NOT_FOUND, e.getMessage(), List.of(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unavailable(ServicesUnavailableException e, UriInfo uri) {
        return render(ProblemType.UNAVAILABLE, e.getMessage(), List.of(), uri.getPath());
    }

    /** A service stayed silent past its timeout or its breaker is open: the answer is to retry later, not a bug. */
    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e, UriInfo uri) {
        return render(ProblemType.UNAVAILABLE, "A service the gateway needs did not answer in time", List.of(), uri.getPath());
    }

    /**
     * A service refused what the client asked for: the refusal keeps its kind; the service's body is not passed on.
     * The gateway asks with the caller's token, so a service's 401 or 403 is the caller's, answered as the gateway's own.
     */
    @ServerExceptionMapper
    public Response rejectedDownstream(ServiceRejectedException e, UriInfo uri) {
        if (e.status() == 401) {
            return unauthenticated(e.service() + " did not accept the token: " + SEND_A_TOKEN, uri.getPath());
        }
        if (e.status() == 403) {
            return render(ProblemType.FORBIDDEN, e.service() + " refused it: " + ROLES_DO_NOT_ALLOW, List.of(), uri.getPath());
        }
        return render(ProblemType.forStatus(e.status()), e.service() + " refused the request with status " + e.status(),
                List.of(), uri.getPath());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return unauthenticated(SEND_A_TOKEN, uri.getPath());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return render(ProblemType.FORBIDDEN, ROLES_DO_NOT_ALLOW, List.of(), uri.getPath());
    }

    /** RFC 6750 3: a 401 names the scheme the client should authenticate with. */
    static Response unauthenticated(String detail, String path) {
        return Response.fromResponse(render(ProblemType.UNAUTHENTICATED, detail, List.of(), path))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A bundle over its limits: every field past one, as the client wrote its path. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(FieldPaths.constraint(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return render(ProblemType.VALIDATION, detail, errors, uri.getPath());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = FieldPaths.json(e.getPath());
        return render(ProblemType.UNKNOWN_FIELD, field + ": " + NOT_A_FIELD,
                List.of(new FieldProblem(field, NOT_A_FIELD)), uri.getPath());
    }

    /** A value of the wrong type ("a string where a number goes", an enum value not in the list); Jackson's own text names Java classes. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        String field = FieldPaths.json(e.getPath());
        if (field.equals(FieldPaths.BODY)) {
            return render(ProblemType.BAD_REQUEST, "The body is not JSON of the expected shape", List.of(), uri.getPath());
        }
        return render(ProblemType.BAD_REQUEST, field + ": has the wrong type or value",
                List.of(new FieldProblem(field, "has the wrong type or value")), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedJson(mismatched, uri);
        }
        return render(ProblemType.BAD_REQUEST, "The body is not JSON", List.of(), uri.getPath());
    }

    /** The framework refused the request before any gateway code ran (no such path, wrong method, wrong media type). */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.INTERNAL) {
            return unexpected(e, uri);
        }
        // The framework's message may name classes, so the catalogue's title says it instead.
        Response.ResponseBuilder answer = Response.fromResponse(render(type, type.title(), List.of(), uri.getPath()));
        String retryAfter = e.getResponse() == null ? null : e.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER);
        // The framework's own Retry-After, when it gave one, replaces the catalogue's.
        return retryAfter == null ? answer.build() : answer.header(HttpHeaders.RETRY_AFTER, null)
                .header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // The gateway's own database (ingestions) lost or refusing: retry later, not a bug; by the stylebook's rules,
        // as in the services. Logged at WARN without a stack trace, as it says nothing about our code.
        Optional<ProblemException> lost = DatabaseFailures.connectionLost(e);
        if (lost.isPresent()) {
            LOG.warn("database unavailable on " + uri.getPath() + ": " + e);
            return problem(lost.get(), uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            Optional<ProblemException> database = cause instanceof PgException pg ? DatabaseFailures.problem(pg.getSqlState())
                    : Optional.empty();
            if (database.isPresent()) {
                return problem(database.get(), uri);
            }
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return render(ProblemType.INTERNAL, "The gateway failed unexpectedly; the failure is logged", List.of(), uri.getPath());
    }

    static Response render(ProblemType type, String detail, List<FieldProblem> fields, String path) {
        List<Problem.FieldError> errors = fields.stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList();
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, path, errors.isEmpty() ? null : errors));
        return (type.retryAfter() == null ? response : response.header(HttpHeaders.RETRY_AFTER, type.retryAfter())).build();
    }
}
