package io.newsroom.timeline.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.Idempotency;
import io.newsroom.timeline.service.IdempotencyService;
import io.newsroom.timeline.service.Versioned;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

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
        Response.ResponseBuilder out = Response.ok(page);
        if (nextCursor != null) {
            out.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", nextCursor).build() + ">; rel=\"next\"");
        }
        return out.build();
    }

    /**
     * A composed read has no single version to tag, so its weak tag is a digest of the very bytes
     * sent: equal bytes, equal tag, and a cache revalidates for the price of composing.
     */
    static Response unlessUnchanged(ObjectMapper json, Object body, String nextCursor, String ifNoneMatch, UriInfo uri) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record could not be written as JSON", e);
        }
        String etag = "W/\"" + digest(bytes) + "\"";
        if (EntityTags.noneMatchFails(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).build();
        }
        Response.ResponseBuilder out = Response.ok(bytes, MediaType.APPLICATION_JSON).header("ETag", etag);
        if (nextCursor != null) {
            out.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", nextCursor).build() + ">; rel=\"next\"");
        }
        return out.build();
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
