package io.newsroom.gateway.support;

import java.util.Map;

/**
 * The stubbed services with their change feeds, and the webhook dispatcher on, on a test's clock: retries after a
 * fraction of a second and given up after seconds, loopback receivers allowed, and a token of its own to read the
 * feeds with.
 */
public class ChangesProfile extends StubbedServicesProfile {

    /** The reader token the webhook dispatcher is given for the feeds. */
    public static final String FEED_TOKEN = "token-of-the-gateway-reader-account";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("newsroom.webhooks.dispatch", "true"),
                Map.entry("newsroom.webhooks.allowed-hosts", "127.0.0.1,localhost"),
                Map.entry("newsroom.webhooks.feed-token", FEED_TOKEN),
                Map.entry("newsroom.webhooks.first-retry-after", "200ms"),
                Map.entry("newsroom.webhooks.max-retry-delay", "500ms"),
                Map.entry("newsroom.webhooks.retry-for", "5s"),
                Map.entry("newsroom.webhooks.timeout", "2s"),
                Map.entry("newsroom.webhooks.page-size", "10"),
                Map.entry("newsroom.feeds.poll-interval", "200ms"),
                Map.entry("newsroom.feeds.keep-alive", "1s"),
                Map.entry("Retry/delay", "0"));
    }
}
