package io.newsroom.gateway.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;

import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventRelation;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.TimelineSnapshot;
import io.newsroom.gateway.domain.TimelineWindow;
import io.smallrye.mutiny.Uni;

/**
 * Reads the timeline-service's half of a story: one window of it for a view, or in full (header, every event,
 * relation, article and outlet) for an export.
 */
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
     * @param asOf the instant to read the story as of, or null for the story as it stands
     * @return the snapshot; a null item when the service did not answer within the budget (the caller shows the
     *         rest of the story without it); a {@link StoryNotFoundException} when the service does not know the story
     */
    @Fallback(fallbackMethod = "unavailable", skipOn = { StoryNotFoundException.class, ServiceRejectedException.class })
    public Uni<TimelineSnapshot> read(String storyId, Instant asOf) {
        int size = config.pageSize();
        int pages = config.maxPages();
        // Everything is asked at once: a round trip saved per view. An unknown story answers 404 on every
        // nested path too, so any 404 here means the story is not there.
        return Uni.combine().all().unis(
                        timeline.findStory(storyId, asOf),
                        Paging.all(after -> timeline.events(storyId, after, size, asOf), pages),
                        Paging.all(after -> timeline.relations(storyId, after, size, asOf), pages),
                        Paging.all(after -> timeline.articles(storyId, after, size, asOf), pages)
                                .chain(articles -> outletsOf(articles, asOf).map(outlets -> new Object[] { articles, outlets })))
                .with((story, events, relations, coverage) -> {
                    if (story == null) {
                        throw new StoryNotFoundException(storyId);
                    }
                    return snapshot(story, events, relations, coverage);
                })
                .onFailure(f -> f instanceof ServiceRejectedException r && r.status() == 404)
                .transform(f -> new StoryNotFoundException(storyId))
                .ifNoItem().after(config.viewBudget())
                .failWith(() -> new TimeoutException("timeline-service took longer than " + config.viewBudget()));
    }

    /**
     * One window of the story, in one call.
     *
     * @param asOf the instant to read the window as of, or null for the story as it stands
     * @param held the window a recent view got for the same page, or null: the answer while it still holds
     * @return the window with its tag; a {@link StoryNotFoundException} when the service does not know the story; any other
     *         failure as it came (the caller decides what a view without its timeline is)
     */
    public Uni<Tagged<TimelineWindow>> window(String storyId, int limit, String after, Instant asOf,
            Tagged<TimelineWindow> held) {
        return timeline.window(storyId, limit, after, asOf, held).map(window -> {
            if (window == null) {
                throw new StoryNotFoundException(storyId);
            }
            return window;
        });
    }

    @SuppressWarnings("unchecked")
    private static TimelineSnapshot snapshot(Story story, List<Event> events, List<EventRelation> relations, Object[] coverage) {
        return new TimelineSnapshot(story, events, relations, (List<Article>) coverage[0], (List<Outlet>) coverage[1]);
    }

    /** Only the outlets the coverage names: the outlet list is shared by every story and may be long. */
    private Uni<List<Outlet>> outletsOf(List<Article> articles, Instant asOf) {
        List<String> ids = articles.stream().map(Article::outletId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(ids.stream().map(id -> timeline.findOutlet(id, asOf)).toList()).andFailFast()
                .map(found -> found.stream().filter(Objects::nonNull).toList());
    }

    Uni<TimelineSnapshot> unavailable(String storyId, Instant asOf, Throwable cause) {
        LOG.warnf("timeline-service unavailable for story %s: %s", storyId, cause.toString());
        return Uni.createFrom().nullItem();
    }
}
