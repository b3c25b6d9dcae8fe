package io.newsroom.gateway.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsroom.gateway")
public interface GatewayConfig {

    /**
     * How long a story view may wait for each service, all pages included. A side that takes longer is left
     * out and named in "degraded", so a slow service never makes the whole view slow.
     */
    @WithDefault("3s")
    Duration viewBudget();

    /** Page size asked of the services when reading a story in full; their maximum is 200. */
    @WithDefault("200")
    int pageSize();

    /** Bound on pages read per list, so a runaway story cannot hold a request forever (200 x 50 = 10,000 rows). */
    @WithDefault("50")
    int maxPages();

    /** How long an import may take in all before it answers with what it got done. */
    @WithDefault("60s")
    Duration importBudget();

    ClaimReview claimReview();

    interface ClaimReview {
        /** The fact-checking organisation that publishes the verdicts (ClaimReview "author"). */
        @WithDefault("Newsroom Fact Desk")
        String organisation();

        /** Its public site, if any. */
        Optional<String> organisationUrl();

        /**
         * Public base URL of the reader pages, used for each ClaimReview "url". When unset, the base URL of
         * the request is used.
         */
        Optional<String> publicBaseUrl();
    }
}
