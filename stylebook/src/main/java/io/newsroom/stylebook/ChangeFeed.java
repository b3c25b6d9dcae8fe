package io.newsroom.stylebook;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A service's change feed as its operations serve it: pages, the stream, retention. The same in both services;
 * each brings its SQL (a {@link Store}), its notification channel and its list of types, and wires the feed's
 * start, poll and pruning to its lifecycle and scheduler.
 */
public final class ChangeFeed {

    /** What the database holds: the service's statements on its change feed tables. */
    public interface Store {

        /** The changes after the query's position that it asks for, in feed order. */
        Uni<List<Change>> page(ChangeQuery query);

        Uni<Bounds> bounds();

        /** Drops the oldest changes, up to the newest one entered before the cutoff (always a prefix of the feed). */
        Uni<Integer> prune(Instant cutoff);
    }

    /** The last position handed out, and the oldest still kept (null when retention pruned them all). */
    public record Bounds(long last, Long oldest) {
    }

    private final Store store;
    private final ChangeFeedConfig config;
    private final Set<String> types;
    private final ChangeRelay relay;

    public ChangeFeed(Store store, Pool pool, String channel, ChangeFeedConfig config, Set<String> types) {
        this.store = store;
        this.config = config;
        this.types = Set.copyOf(types);
        this.relay = new ChangeRelay(pool, channel, store::page);
    }

    /** Every type this feed has. */
    public Set<String> types() {
        return types;
    }

    /** Before the first stream: a stream that began before the relay knew the feed's head could miss what committed in between. */
    public Uni<Void> start() {
        return relay.start(store.bounds().map(Bounds::last));
    }

    public void poll() {
        relay.poll();
    }

    public void stop() {
        relay.stop();
    }

    /** @return how many changes older than the retention were dropped */
    public Uni<Integer> prune() {
        return store.prune(Instant.now().minus(config.retention()));
    }

    public Uni<ChangePage> page(String after, String storyId, String types, String limit) {
        ChangeQuery query = ChangeQuery.of(after, storyId, types, limit, this.types);
        return answerable(query, "after").chain(() -> store.page(query)).map(changes -> ChangePage.of(changes, query.after()));
    }

    /**
     * The changes after the position (Last-Event-ID, else after) as Server-Sent Events, then each new one as it
     * commits. Call it on a worker thread: the position is checked against the feed before the stream's head is
     * written, so a bad or pruned one is a problem with its own status rather than a stream that ends at once.
     */
    public Multi<OutboundSseEvent> stream(String after, String storyId, String types, String lastEventId, Sse sse) {
        ChangeQuery query = ChangeQuery.of(after, storyId, types, Integer.toString(ChangeQuery.MAX_LIMIT), this.types)
                .resumedFrom(lastEventId);
        answerable(query, lastEventId == null || lastEventId.isBlank() ? "after" : ChangeQuery.LAST_EVENT_ID)
                .await().indefinitely();
        return ChangeStream.events(relay.follow(query), sse, config.heartbeat());
    }

    private Uni<Void> answerable(ChangeQuery query, String field) {
        return store.bounds().invoke(bounds -> query.requireAnswerable(bounds.last(), bounds.oldest(), config.retention(), field))
                .replaceWithVoid();
    }
}
