package io.newsroom.gateway.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.service.BundleRejectedException;
import io.newsroom.gateway.service.ServicesUnavailableException;

/** The gateway's one set of error mappers: every failure leaves as an RFC 9457 problem, never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE = "urn:newsroom:problem:";

    @ServerExceptionMapper
    public Response storyNotFound(StoryNotFoundException e, UriInfo uri) {
        return problem(404, "story-not-found", "Story not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unavailable(ServicesUnavailableException e, UriInfo uri) {
        return Response.fromResponse(problem(503, "services-unavailable", "Services unavailable", e.getMessage(), uri, null))
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response rejectedDownstream(ServiceRejectedException e, UriInfo uri) {
        // A refusal of what the client asked for keeps its status; the downstream body is not passed on as is.
        int status = e.status() >= 400 && e.status() < 500 ? e.status() : 502;
        return problem(status, "rejected-by-service", "Rejected by " + e.service(),
                e.service() + " refused the request with status " + e.status(), uri, null);
    }

    @ServerExceptionMapper
    public Response bundleRejected(BundleRejectedException e, UriInfo uri) {
        return problem(422, "invalid-bundle", "Invalid bundle", e.getMessage(), uri,
                e.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(400, "unreadable-request", "Unreadable request",
                "The body is not JSON of the expected shape" + location(e), uri, null);
    }

    /** Jackson's own mapper for this one would answer with the Java class name of the target. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Request failed"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, title.toLowerCase().replace(' ', '-'), title, title, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "internal-error", "Internal error",
                "The gateway failed unexpectedly; the failure is logged", uri, null);
    }

    static Response problem(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE + slug, title, status, detail, uri.getPath(), errors == null || errors.isEmpty() ? null : errors))
                .build();
    }

    private static String location(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return " (at " + path + ")";
        }
        return "";
    }
}
