package io.newsroom.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook deliveries: how the dispatcher follows the feeds, and how patient it is with receivers. */
@ConfigMapping(prefix = "newsroom.webhooks")
public interface WebhookConfig {

    /**
     * Whether this replica follows the feeds and sends deliveries. Every replica may: they share the work through
     * the database without sending anything twice. Off only where a gateway must not send (tests of other parts).
     */
    @WithDefault("true")
    boolean dispatch();

    /** How often the dispatcher reads what follows its positions in the feeds, and the workers look for due deliveries. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Changes read per feed page; a dispatcher reads up to ten pages per round while they come full. */
    @WithDefault("100")
    int pageSize();

    /** Deliveries a worker takes at once. */
    @WithDefault("20")
    int batchSize();

    /** How long a receiver has to answer one attempt. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * How long a taken delivery is held by the worker that took it: longer than an attempt may last, so it is never
     * sent by two; a worker that dies lets it go to another after this.
     */
    @WithDefault("60s")
    Duration lease();

    /** The wait before the first retry; each next one doubles it (with jitter, up to {@link #maxRetryDelay()}). */
    @WithDefault("5s")
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxRetryDelay();

    /**
     * For how long a failing delivery is retried, counted from when it was made (or redelivered); then it is given
     * up and its subscription marked failing until a later delivery succeeds or it is resumed.
     */
    @WithDefault("24h")
    Duration retryFor();

    /**
     * Hosts (names or literal addresses, exactly as in the URL) a webhook may be sent to although they resolve to a
     * private, loopback, link-local or otherwise non-public address: a newsroom's internal receivers. Empty by default,
     * so a subscription can never make the gateway call into its own network.
     */
    Optional<List<String>> allowedHosts();

    /**
     * The bearer token (a reader's) the dispatcher reads both services' feeds with. Needed only where the services'
     * reads are private (NEWSROOM_PUBLIC_READ=false): the dispatcher serves no caller whose token it could pass on.
     */
    Optional<String> feedToken();

    /**
     * How long a finished delivery (sent, or given up) stays in the delivery log after its last attempt; then it is
     * forgotten with its attempts. Pending deliveries are kept until they finish.
     */
    @WithDefault("30d")
    Duration keepDeliveriesFor();
}
