package io.newsroom.claims.rest;

import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Idempotency;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.claims.api.RevisionPage;
import io.newsroom.claims.service.Versioned;
import io.newsroom.claims.service.Written;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** How every resource answers, so every operation looks the same to a client. */
final class Responses {

    static final String IDEMPOTENCY_KEY = Idempotency.KEY_HEADER;
    private static final Pattern STORY_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Responses() {
    }

    static Response written(Written written) {
        Response.ResponseBuilder response = Response.status(written.status())
                .type(MediaType.APPLICATION_JSON).entity(written.body());
        if (written.location() != null) {
            response.location(written.location());
        }
        if (written.etag() != null) {
            response.header(HttpHeaders.ETAG, written.etag());
        }
        if (written.replayed()) {
            response.header(Idempotency.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    static Response versioned(Versioned<?> versioned) {
        if (versioned == null) {
            throw ProblemException.notFound("Nothing is at this path");
        }
        return Response.ok(versioned.body()).header(HttpHeaders.ETAG, EntityTags.of(versioned.version())).build();
    }

    static <T> T found(T body, String what) {
        if (body == null) {
            throw ProblemException.notFound("No " + what);
        }
        return body;
    }

    static Response page(Object page, String nextCursor, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (nextCursor != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", nextCursor).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** An optional instant parameter such as asOf; 400 naming it when it is not a UTC instant. */
    static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(parameter, "must be a UTC instant such as 2025-11-27T10:00:00Z");
        }
    }

    /** A page of revisions, or 404 when the scope never had one. */
    static Response revisions(RevisionPage page, String what, UriInfo uri) {
        return page(found(page, "revisions of " + what), page.nextCursor(), uri);
    }

    /** Story ids are slugs owned by the timeline service; only their shape is checked here. */
    static String storyId(String storyId) {
        if (storyId == null || storyId.length() > 80 || !STORY_ID.matcher(storyId).matches()) {
            throw ProblemException.badParameter("storyId", "must be a slug of lower-case words joined by hyphens, "
                    + "at most 80 characters");
        }
        return storyId;
    }
}
