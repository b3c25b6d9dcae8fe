package io.newsroom.stylebook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The change feed's settings, the same in both services. */
@ConfigMapping(prefix = "newsroom.changes")
public interface ChangeFeedConfig {

    /**
     * How long a change stays in the feed. A month lets a follower that was down over a long weekend, or a
     * webhook receiver that failed for days, catch up; what is older is a 410 that says where to restart.
     * Revisions themselves are never pruned.
     */
    @WithDefault("30d")
    Duration retention();

    /**
     * How often the relay reads the feed without being notified: the safety net of LISTEN/NOTIFY, whose
     * notifications are lost while its connection is. Once a second keeps the promise that a new change reaches
     * a stream within a second, for the price of one index lookup per second per instance.
     */
    @WithDefault("1s")
    Duration poll();

    /** How often an idle stream sends a comment: below the 30 to 60 seconds after which proxies drop idle connections. */
    @WithDefault("15s")
    Duration heartbeat();

    /** How often retention prunes the feed; pruning is a prefix delete on an index, so hourly is plenty. */
    @WithDefault("1h")
    Duration pruneEvery();
}
