package io.newsroom.timeline.service;

import io.newsroom.stylebook.ChangeFeed;
import io.newsroom.stylebook.ChangeFeedConfig;
import io.newsroom.stylebook.ChangePage;
import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.timeline.repository.ChangeFeedRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The timeline's change feed (the stylebook's {@link ChangeFeed}) on this service's tables, started with the
 * service, polled and pruned by its scheduler. What the feed holds is written by the database itself, with
 * each revision (migration V8).
 */
@ApplicationScoped
public class ChangeFeedService {

    private static final Logger LOG = Logger.getLogger(ChangeFeedService.class);

    private final ChangeFeed feed;

    public ChangeFeedService(ChangeFeedRepository repository, Pool pool, ChangeFeedConfig config) {
        this.feed = new ChangeFeed(repository, pool, ChangeFeedRepository.CHANNEL, config, ChangeQuery.typesOf(
                List.of("story", "outlet", "article", "event", "transition", "event-relation"),
                "article.corrected", "article.retracted", "article.published"));
    }

    void start(@Observes StartupEvent started) {
        feed.start().await().indefinitely();
    }

    void stop(@Observes ShutdownEvent stopping) {
        feed.stop();
    }

    @Scheduled(every = "${newsroom.changes.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        feed.poll();
    }

    /** Several instances may prune at once: each deletes the same prefix, and what one deleted the other skips. */
    @Scheduled(every = "${newsroom.changes.prune-every:1h}", delayed = "${newsroom.changes.prune-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pruneOnSchedule() {
        return prune().invoke(pruned -> LOG.debugf("pruned %d changes older than the retention", pruned)).replaceWithVoid();
    }

    /** @return how many changes older than the retention were dropped */
    public Uni<Integer> prune() {
        return feed.prune();
    }

    public Uni<ChangePage> page(String after, String storyId, String types, String limit) {
        return feed.page(after, storyId, types, limit);
    }

    /** On a worker thread: see {@link ChangeFeed#stream}. */
    public Multi<OutboundSseEvent> stream(String after, String storyId, String types, String lastEventId, Sse sse) {
        return feed.stream(after, storyId, types, lastEventId, sse);
    }
}
