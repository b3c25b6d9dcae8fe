package io.newsroom.gateway.client;

import java.time.OffsetDateTime;

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

import io.newsroom.gateway.client.timeline.model.StoryWindow;
import io.smallrye.mutiny.Uni;

/**
 * The timeline-service's {@code getStoryWindow}, declared by hand beside the clients generated from its document
 * because a conditional read needs the answer's status and ETag, which a generated method does not return. Its
 * model is the generated one and its configuration key the same, so URL, token and JSON handling are shared.
 */
@RegisterRestClient(configKey = "timeline")
@Path("/api/timeline/stories/{storyId}/window")
public interface TimelineWindowApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<RestResponse<StoryWindow>> getStoryWindow(@PathParam("storyId") String storyId, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after, @QueryParam("asOf") OffsetDateTime asOf,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);
}
