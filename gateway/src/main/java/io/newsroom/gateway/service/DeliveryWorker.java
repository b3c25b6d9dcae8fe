package io.newsroom.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.newsroom.gateway.config.WebhookConfig;
import io.newsroom.gateway.repository.DeliveryQueue;
import io.smallrye.mutiny.Uni;

/**
 * Sends due deliveries: takes a batch from the shared queue (other replicas skip what it took), sends each, and
 * records every attempt. A failed one is retried with exponential backoff and jitter until the retry period ends.
 */
public class DeliveryWorker {

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final WebhookConfig config;

    public DeliveryWorker(DeliveryQueue queue, WebhookSender sender, WebhookConfig config) {
        this.queue = queue;
        this.sender = sender;
        this.config = config;
    }

    /** @return how many deliveries this round attempted */
    public Uni<Integer> sendDue() {
        return queue.take(config.batchSize(), config.lease().toMillis()).chain(taken -> taken.isEmpty() ? Uni.createFrom().item(0)
                : Uni.join().all(taken.stream().map(this::attempt).toList()).andCollectFailures().map(List::size));
    }

    private Uni<Void> attempt(DeliveryQueue.Taken delivery) {
        Instant attemptedAt = Instant.now();
        return sender.send(delivery).chain(outcome -> queue.record(delivery, attemptedAt, outcome,
                retryDelay(delivery.attempt(), config.firstRetryAfter(), config.maxRetryDelay()).toMillis()));
    }

    /**
     * The wait after a failed attempt: the first delay doubled per attempt made, capped, then drawn at random from its
     * upper half, so receivers that come back are not met by every replica's retries at the same instant.
     */
    static Duration retryDelay(int attemptsMade, Duration first, Duration max) {
        long doubled = first.toMillis() << Math.min(30, Math.max(0, attemptsMade - 1));
        long capped = Math.min(max.toMillis(), doubled < 0 ? Long.MAX_VALUE : doubled);
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }
}
