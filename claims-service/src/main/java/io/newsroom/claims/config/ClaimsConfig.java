package io.newsroom.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "claims")
public interface ClaimsConfig {

    Idempotency idempotency();

    Restore restore();

    Follow follow();

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

    /** How this service follows timeline-service's change feed (io.newsroom.claims.service.TimelineFollower). */
    interface Follow {
        /**
         * How often the feed is asked for what changed (a Quarkus Scheduler period, "off" to stop following).
         * A retraction then reaches the claims citing it within seconds, for one small read per period.
         */
        @WithDefault("5s")
        String every();

        /** Changes applied per transaction: a page of the feed. */
        @WithDefault("100")
        int limit();

        /**
         * The bearer token the follower reads the feed with, for a timeline-service whose reads are private
         * (NEWSROOM_PUBLIC_READ=false there): a token of the newsroom's provider for this service's own account,
         * with the role reader. Unset, the feed is read without one, as public reads are.
         */
        Optional<String> token();
    }
}
