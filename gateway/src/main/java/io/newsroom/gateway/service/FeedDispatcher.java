package io.newsroom.gateway.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.client.ChangeFeedClient;
import io.newsroom.gateway.client.ChangePage;
import io.newsroom.gateway.config.WebhookConfig;
import io.newsroom.gateway.domain.Change;
import io.newsroom.gateway.domain.ChangeSource;
import io.newsroom.gateway.repository.DeliveryQueue;
import io.smallrye.mutiny.Uni;

/**
 * Follows each service's whole feed from the position stored in the gateway's database and queues a delivery for
 * every subscription a change matches. Any number of replicas run it: the one that holds a feed's position row reads
 * that feed's next page and queues its deliveries in the transaction that moves the position, so a change is
 * queued once or, if that transaction fails, not at all and read again.
 */
public class FeedDispatcher {

    /** Pages read per feed per round while they come full, so a backlog drains without one round holding the lock long. */
    static final int MAX_PAGES_PER_ROUND = 10;

    private final DeliveryQueue queue;
    private final ChangeFeedClient feeds;
    private final WebhookConfig config;
    private final ObjectMapper json;

    public FeedDispatcher(DeliveryQueue queue, ChangeFeedClient feeds, WebhookConfig config, ObjectMapper json) {
        this.queue = queue;
        this.feeds = feeds;
        this.config = config;
        this.json = json;
    }

    /** @return how many changes of the source's feed this round read (0 when another replica holds the feed now) */
    public Uni<Integer> follow(ChangeSource source) {
        return follow(source, 0, 0);
    }

    private Uni<Integer> follow(ChangeSource source, int pages, int read) {
        return onePage(source).chain(count -> count >= config.pageSize() && pages + 1 < MAX_PAGES_PER_ROUND
                ? follow(source, pages + 1, read + count) : Uni.createFrom().item(read + count));
    }

    private Uni<Integer> onePage(ChangeSource source) {
        return queue.pool().withTransaction(transaction -> queue.lockPosition(transaction, source).chain(position -> {
            if (position == null) {
                return Uni.createFrom().item(0);
            }
            return read(source, position).chain(page -> {
                List<Change> changes = after(page, position);
                long moved = changes.isEmpty() ? position : changes.get(changes.size() - 1).position();
                return queue.enqueue(transaction, changes, bodies(changes), config.retryFor().toMillis())
                        .chain(() -> queue.movePosition(transaction, source, moved))
                        .replaceWith(page.changes().size());
            });
        }));
    }

    private Uni<ChangePage> read(ChangeSource source, long position) {
        // No caller to borrow a token from: the gateway reads with its own, needed where the services' reads are private.
        String authorization = config.feedToken().map(token -> "Bearer " + token).orElse(null);
        return source == ChangeSource.TIMELINE ? feeds.timeline(position, null, null, config.pageSize(), authorization)
                : feeds.claims(position, null, null, config.pageSize(), authorization);
    }

    /** The page's changes past the position, once each, in feed order: what a feed hands out is never trusted blindly. */
    private static List<Change> after(ChangePage page, long position) {
        Map<Long, Change> byPosition = new LinkedHashMap<>();
        long last = position;
        for (Change change : page.changes()) {
            long at = change.position();
            if (at > last) {
                byPosition.put(at, change);
                last = at;
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** The Standard Webhooks body: the change's type, when the message was made, and the change itself. */
    private List<String> bodies(List<Change> changes) {
        String now = Instant.now().toString();
        List<String> bodies = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", change.type());
            body.put("timestamp", now);
            body.put("data", change);
            try {
                bodies.add(json.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A change read from a feed could not be written back as JSON", e);
            }
        }
        return bodies;
    }
}
