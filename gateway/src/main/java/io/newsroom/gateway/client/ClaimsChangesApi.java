package io.newsroom.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * The claims-service's change feed, declared by hand beside the clients generated from its document (the feed is
 * newer than the committed document the gateway builds against). Same configuration key, so URL, token and the
 * tolerant JSON reading are the generated clients'.
 */
@RegisterRestClient(configKey = "claims")
@Path("/api/claims/changes")
public interface ClaimsChangesApi {

    /**
     * @param types         comma-separated exact types, or null for all
     * @param authorization the Authorization header to send, or null for the caller's (see {@link CallerToken})
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ChangePage> changes(@QueryParam("after") String after, @QueryParam("storyId") String storyId,
            @QueryParam("types") String types, @QueryParam("limit") Integer limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
