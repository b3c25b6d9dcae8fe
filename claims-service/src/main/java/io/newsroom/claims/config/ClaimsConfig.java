package io.newsroom.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "claims")
public interface ClaimsConfig {

    Idempotency idempotency();

    interface Idempotency {
        /**
         * How long the first answer to a POST with an Idempotency-Key is replayed. Clients retry
         * within minutes; a day also covers a retry after an outage.
         */
        @WithDefault("24h")
        Duration retention();
    }
}
