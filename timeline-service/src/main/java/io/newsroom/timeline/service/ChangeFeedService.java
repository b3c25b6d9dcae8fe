package io.newsroom.timeline.service;

import io.newsroom.stylebook.Change;
import io.newsroom.stylebook.ChangeFeedConfig;
import io.newsroom.stylebook.ChangePage;
import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.ChangeRelay;
import io.newsroom.timeline.repository.ChangeFeedRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The timeline's change feed: its pages, its live stream through one relay per instance, and its retention.
 * What the feed holds is written by the database itself, with each revision (migration V8).
 */
@ApplicationScoped
public class ChangeFeedService {

    /** Every type the timeline's feed has. */
    public static final Set<String> TYPES = ChangeQuery.typesOf(
            List.of("story", "outlet", "article", "event", "transition", "event-relation"),
            "article.corrected", "article.retracted", "article.published");

    private static final Logger LOG = Logger.getLogger(ChangeFeedService.class);

    private final ChangeFeedRepository feed;
    private final ChangeFeedConfig config;
    private final ChangeRelay relay;

    public ChangeFeedService(ChangeFeedRepository feed, ChangeFeedConfig config, Pool pool) {
        this.feed = feed;
        this.config = config;
        this.relay = new ChangeRelay(pool, ChangeFeedRepository.CHANNEL, feed::page);
    }

    void start(@Observes StartupEvent started) {
        // Before the first stream: a stream that began before the relay knew the feed's head could miss what
        // committed in between.
        relay.start(feed.lastPosition()).await().indefinitely();
    }

    void stop(@Observes ShutdownEvent stopping) {
        relay.stop();
    }

    @Scheduled(every = "${newsroom.changes.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        relay.poll();
    }

    /** Several instances may prune at once: each deletes the same prefix, and what one deleted the other skips. */
    @Scheduled(every = "${newsroom.changes.prune-every:1h}", delayed = "${newsroom.changes.prune-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pruneOnSchedule() {
        return prune().invoke(pruned -> LOG.debugf("pruned %d changes older than the retention", pruned)).replaceWithVoid();
    }

    /** Drops what is older than the retention. @return how many changes were pruned */
    public Uni<Integer> prune() {
        return feed.prune(Instant.now().minus(config.retention()));
    }

    public Uni<ChangePage> page(ChangeQuery query) {
        return answerable(query, "after").chain(() -> feed.page(query)).map(changes -> ChangePage.of(changes, query.after()));
    }

    /**
     * The changes after the query's position, then each new one as it commits. Called on a worker thread: the
     * position is checked before the stream answers, so a bad or pruned one is a problem with its own status
     * rather than a stream that ends at once.
     */
    public Multi<Change> follow(ChangeQuery query, String field) {
        answerable(query, field).await().indefinitely();
        return relay.follow(query);
    }

    private Uni<Void> answerable(ChangeQuery query, String field) {
        return feed.bounds().invoke(bounds -> query.requireAnswerable(bounds.last(), bounds.oldest(),
                config.retention(), field)).replaceWithVoid();
    }
}
