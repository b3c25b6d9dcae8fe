package io.newsroom.claims.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * timeline-service's change feed, declared by hand beside the client generated from its document, so this
 * service does not depend on the document carrying the operation before it follows it; its configuration key
 * is the generated client's, so URL and JSON handling are shared. The token is given per call: the follower
 * runs outside any request, so there is no caller's token to pass on.
 */
@RegisterRestClient(configKey = "timeline")
@Path("/api/timeline/changes")
interface TimelineFeedApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<TimelineChanges> changes(@QueryParam("after") String after, @QueryParam("types") String types,
                                 @QueryParam("limit") Integer limit,
                                 @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
