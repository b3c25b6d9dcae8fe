package io.newsroom.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Claim;
import io.smallrye.mutiny.Uni;

@Path("/api/claims")
@RegisterRestClient(configKey = "claims")
interface ClaimsApi {

    @GET
    @Path("/stories/{storyId}/claims")
    Uni<Page<Claim>> listClaims(@PathParam("storyId") String storyId, @QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/actors/{actorId}")
    Uni<Actor> getActor(@PathParam("actorId") String actorId);
}
