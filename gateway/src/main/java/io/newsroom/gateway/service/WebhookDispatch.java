package io.newsroom.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.newsroom.gateway.client.ChangeFeedClient;
import io.newsroom.gateway.config.WebhookConfig;
import io.newsroom.gateway.domain.ChangeSource;
import io.newsroom.gateway.repository.DeliveryQueue;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * This replica's share of the webhook work, on the scheduler: following both feeds and sending what is due, each
 * round skipped while the previous one still runs. A round that fails (a service or the database unreachable) is
 * logged and the next one tries again from where the stored positions and the queue say.
 */
@ApplicationScoped
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class);

    private final FeedDispatcher dispatcher;
    private final DeliveryWorker worker;
    private final DeliveryQueue queue;
    private final WebhookConfig config;

    public WebhookDispatch(Pool pool, ChangeFeedClient feeds, WebhookSender sender, WebhookConfig config, ObjectMapper json) {
        this.queue = new DeliveryQueue(pool);
        this.config = config;
        this.dispatcher = new FeedDispatcher(queue, feeds, config, json);
        this.worker = new DeliveryWorker(queue, sender, config);
    }

    @Scheduled(identity = "webhooks-follow-timeline", every = "${newsroom.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Off.class)
    Uni<Void> followTimeline() {
        return logged(dispatcher.follow(ChangeSource.TIMELINE), "reading the timeline-service's changes");
    }

    @Scheduled(identity = "webhooks-follow-claims", every = "${newsroom.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Off.class)
    Uni<Void> followClaims() {
        return logged(dispatcher.follow(ChangeSource.CLAIMS), "reading the claims-service's changes");
    }

    @Scheduled(identity = "webhooks-send", every = "${newsroom.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Off.class)
    Uni<Void> sendDue() {
        return logged(worker.sendDue(), "sending due webhook deliveries");
    }

    /** Any replica may forget old deliveries: a delete of the same rows twice forgets them once. */
    @Scheduled(identity = "webhooks-forget", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Off.class)
    Uni<Void> forgetOldDeliveries() {
        return logged(queue.forgetFinished(java.time.Instant.now().minus(config.keepDeliveriesFor())),
                "forgetting old webhook deliveries");
    }

    private static Uni<Void> logged(Uni<Integer> round, String what) {
        return round.onFailure().invoke(failure -> LOG.warnf("Webhooks: %s failed, tried again next round: %s", what, failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Skips every round where this replica must not send. */
    @ApplicationScoped
    public static class Off implements Scheduled.SkipPredicate {

        private final WebhookConfig config;

        public Off(WebhookConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.dispatch();
        }
    }
}
