package io.newsroom.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.client.ClaimsReader;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.client.TimelineReader;
import io.newsroom.gateway.mapping.StoryViewMapper;
import io.newsroom.gateway.view.StoryView;
import io.smallrye.mutiny.Uni;

/** Composes a story view from both services, asked at the same time; each half degrades on its own. */
@ApplicationScoped
public class StoryViewService {

    private final TimelineReader timeline;
    private final ClaimsReader claims;

    public StoryViewService(TimelineReader timeline, ClaimsReader claims) {
        this.timeline = timeline;
        this.claims = claims;
    }

    /**
     * @return the view, with "degraded" naming a service that did not answer in time
     * @throws StoryNotFoundException (as a failure) when the timeline-service does not know the story
     * @throws ServicesUnavailableException (as a failure) when neither service answered
     */
    public Uni<StoryView> view(String storyId) {
        return Uni.combine().all().unis(timeline.read(storyId), claims.read(storyId)).asTuple()
                .map(halves -> {
                    if (halves.getItem1() == null && halves.getItem2() == null) {
                        throw new ServicesUnavailableException(
                                "Neither the timeline-service nor the claims-service answered in time");
                    }
                    return StoryViewMapper.compose(storyId, halves.getItem1(), halves.getItem2());
                });
    }
}
