package io.newsroom.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** The claims-service's review list of a story: claims citing a corrected or retracted article, or whose event is gone. */
@RegisterRestClient(configKey = "claims")
@Path("/api/claims/stories/{storyId}/review")
public interface ClaimsReviewApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ReviewPage> getClaimsReview(@PathParam("storyId") String storyId, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit);
}
