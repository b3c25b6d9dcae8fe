package io.newsroom.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** The timeline-service's review list of a story: its events whose citations cite a corrected or retracted article. */
@RegisterRestClient(configKey = "timeline")
@Path("/api/timeline/stories/{storyId}/review")
public interface TimelineReviewApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ReviewPage> getStoryReview(@PathParam("storyId") String storyId, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit);
}
