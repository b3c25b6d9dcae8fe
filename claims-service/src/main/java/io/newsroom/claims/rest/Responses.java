package io.newsroom.claims.rest;

import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Idempotency;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.claims.api.RevisionPage;
import io.newsroom.claims.service.ClaimsWindowService;
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
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final String INSTANT_RULE = "must be a UTC instant of the years 1 to 9999, such as 2025-11-27T10:00:00Z";

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

    /** A claims window: 304 while the client's copy is current, else the window with its tag (none as of an instant). */
    static Response window(ClaimsWindowService.Tagged tagged) {
        if (tagged.window() == null) {
            return Response.notModified().header(HttpHeaders.ETAG, tagged.etag()).build();
        }
        return Response.ok(tagged.window()).header(HttpHeaders.ETAG, tagged.etag()).build();
    }

    static Response page(Object page, String nextCursor, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (nextCursor != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", nextCursor).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }

    /**
     * An optional instant parameter such as asOf; 400 naming it when it is not a UTC instant. Years outside
     * 1 to 9999 are refused with it: Java reads them (+10000-01-01T00:00:00Z), PostgreSQL does not, and its
     * refusal would otherwise come back as a storage problem that names no parameter.
     */
    static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(parameter, INSTANT_RULE);
        }
        if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
            throw ProblemException.badParameter(parameter, INSTANT_RULE);
        }
        return instant;
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
