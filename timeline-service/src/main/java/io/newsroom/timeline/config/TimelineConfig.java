package io.newsroom.timeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "timeline")
public interface TimelineConfig {

    Idempotency idempotency();

    Restore restore();

    interface Idempotency {
        /**
         * How long the first answer to a POST with an Idempotency-Key is replayed. Clients retry
         * within minutes; a day also covers a retry after an outage.
         */
        @WithDefault("24h")
        Duration retention();
    }

    interface Restore {
        /**
         * How long after a delete an admin may still restore what it removed. A month covers a
         * mistake noticed at the next story review; revisions themselves are kept for good, so
         * "as of" reads and revision lists outlive it.
         */
        @WithDefault("30d")
        Duration retention();
    }
}
