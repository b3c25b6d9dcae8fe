package io.newsroom.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventRelation;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Story;
import io.smallrye.mutiny.Uni;

@Path("/api/timeline")
@RegisterRestClient(configKey = "timeline")
interface TimelineApi {

    @GET
    @Path("/stories/{storyId}")
    Uni<Story> getStory(@PathParam("storyId") String storyId);

    @GET
    @Path("/stories/{storyId}/events")
    Uni<Page<Event>> listEvents(@PathParam("storyId") String storyId, @QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/stories/{storyId}/relations")
    Uni<Page<EventRelation>> listRelations(@PathParam("storyId") String storyId, @QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/stories/{storyId}/articles")
    Uni<Page<Article>> listArticles(@PathParam("storyId") String storyId, @QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/outlets")
    Uni<Page<Outlet>> listOutlets(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
