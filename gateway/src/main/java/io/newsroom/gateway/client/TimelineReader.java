package io.newsroom.gateway.client;

import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;

import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.TimelineSnapshot;
import io.smallrye.mutiny.Uni;

/** Reads the timeline-service's half of a story in full: header, every event, relation, article and outlet. */
@ApplicationScoped
public class TimelineReader {

    private static final Logger LOG = Logger.getLogger(TimelineReader.class);

    private final TimelineClient timeline;
    private final GatewayConfig config;

    public TimelineReader(TimelineClient timeline, GatewayConfig config) {
        this.timeline = timeline;
        this.config = config;
    }

    /**
     * @return the snapshot; a null item when the service did not answer within the budget (the caller shows the
     *         rest of the story without it); a {@link StoryNotFoundException} when the service does not know the story
     */
    @Fallback(fallbackMethod = "unavailable", skipOn = { StoryNotFoundException.class, ServiceRejectedException.class })
    public Uni<TimelineSnapshot> read(String storyId) {
        int size = config.pageSize();
        int pages = config.maxPages();
        return timeline.findStory(storyId)
                .onItem().ifNull().failWith(() -> new StoryNotFoundException(storyId))
                .chain(story -> Uni.combine().all().unis(
                        Paging.all(after -> timeline.events(storyId, after, size), pages),
                        Paging.all(after -> timeline.relations(storyId, after, size), pages),
                        Paging.all(after -> timeline.articles(storyId, after, size), pages),
                        Paging.all(after -> timeline.outlets(after, size), pages))
                        .with((events, relations, articles, outlets) ->
                                new TimelineSnapshot(story, events, relations, articles, outlets)))
                .ifNoItem().after(config.viewBudget())
                .failWith(() -> new TimeoutException("timeline-service took longer than " + config.viewBudget()));
    }

    Uni<TimelineSnapshot> unavailable(String storyId, Throwable cause) {
        LOG.warnf("timeline-service unavailable for story %s: %s", storyId, cause.toString());
        return Uni.createFrom().nullItem();
    }
}
