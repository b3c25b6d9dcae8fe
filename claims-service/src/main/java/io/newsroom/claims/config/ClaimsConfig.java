package io.newsroom.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "claims")
public interface ClaimsConfig {

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
         * How long after its deletion an admin may restore a claim or actor. Its revisions are kept
         * for good; the limit is on bringing it back, since what it referred to (its actors, its story's
         * events) drifts further from it the longer it was gone. A month covers a mistake noticed late.
         */
        @WithDefault("30d")
        Duration retention();
    }
}
