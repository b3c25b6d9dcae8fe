package io.newsroom.timeline.rest;

import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Idempotency;
import io.newsroom.timeline.service.IdempotencyService;
import io.newsroom.timeline.service.StoryWindowService;
import io.newsroom.timeline.service.Versioned;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The one way this service answers creates, single resources and pages. */
final class Responses {

    private Responses() {
    }

    static Response created(IdempotencyService.Answer answer) {
        Response.ResponseBuilder out = Response.status(answer.status()).location(answer.location())
                .entity(answer.body()).type(MediaType.APPLICATION_JSON);
        if (answer.etag() != null) {
            out.header("ETag", answer.etag());
        }
        if (answer.replayed()) {
            out.header(Idempotency.REPLAYED_HEADER, "true");
        }
        return out.build();
    }

    static Response single(Versioned<?> resource) {
        return Response.ok(resource.body()).header("ETag", resource.etag()).build();
    }

    /** A resource as it stood at an instant: no ETag, since no change can be based on it. */
    static Response asOf(Object resource) {
        return Response.ok(resource).build();
    }

    static Response page(Object page, String nextCursor, UriInfo uri) {
        return paged(page, nextCursor, uri).build();
    }

    private static Response.ResponseBuilder paged(Object page, String nextCursor, UriInfo uri) {
        Response.ResponseBuilder out = Response.ok(page);
        if (nextCursor != null) {
            out.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", nextCursor).build() + ">; rel=\"next\"");
        }
        return out;
    }

    /** A story window: 304 while the client's copy is current, else the window with its tag and next link. */
    static Response window(StoryWindowService.Tagged tagged, UriInfo uri) {
        if (tagged.window() == null) {
            return Response.notModified().header("ETag", tagged.etag()).build();
        }
        return paged(tagged.window(), tagged.window().nextCursor(), uri).header("ETag", tagged.etag()).build();
    }
}
