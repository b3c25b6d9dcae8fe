package io.newsroom.gateway.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.newsroom.gateway.client.claims.model.ClaimsWindow;
import io.smallrye.mutiny.Uni;

/** The claims-service's {@code getClaimsWindow}, declared by hand for its status and ETag as {@link TimelineWindowApi}. */
@RegisterRestClient(configKey = "claims")
@Path("/api/claims/stories/{storyId}/window")
public interface ClaimsWindowApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<RestResponse<ClaimsWindow>> getClaimsWindow(@PathParam("storyId") String storyId,
            @QueryParam("eventId") List<UUID> eventIds, @QueryParam("disputes") Integer disputes,
            @QueryParam("asOf") OffsetDateTime asOf, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);
}
