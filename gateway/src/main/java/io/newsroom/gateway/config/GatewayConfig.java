package io.newsroom.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsroom.gateway")
public interface GatewayConfig {

    /**
     * How long a story view may take in all: the timeline window, then the claims of its page. Each call waits
     * 1 s and a read retries once, so the timeline half is settled within about 2 s and the claims half gets what
     * is left; claims that take longer are left out (or shown from a recent view) and named, so a slow service never
     * makes the whole view slow. Exports read whole lists and give each service this long too.
     */
    @WithDefault("3s")
    Duration viewBudget();

    /**
     * How many entries of the disputes board a story view shows (the claims-service allows 1 to 20): the most
     * disputed claims are what a desk looks at first, whatever page of the timeline it is on.
     */
    @WithDefault("5")
    int viewDisputes();

    /** Page size asked of the services when reading a story in full; their maximum is 200. */
    @WithDefault("200")
    int pageSize();

    /** Bound on pages read per list, so a runaway story cannot hold a request forever (200 x 50 = 10,000 rows). */
    @WithDefault("50")
    int maxPages();

    /** How long an import may take in all before it answers with what it got done. */
    @WithDefault("60s")
    Duration importBudget();

    /**
     * How long reading an article for a story, or accepting one of its candidates, may take in all: the story's
     * events, claims and actors are read in full first (a few calls per page), then a long article takes the engine
     * about a second. Past it the answer is 503, and the same request sent again creates nothing twice.
     */
    @WithDefault("30s")
    Duration ingestionBudget();

    /**
     * Where readers' browsers load the TimelineJS viewer that the timeline embed page ({@code /stories/{id}/timeline})
     * runs: a folder with {@code js/timeline.js} and {@code css/timeline.css}. By default Knight Lab's own copy of the
     * version the export is tested with; a newsroom that serves the viewer itself names its copy.
     */
    @WithDefault("https://cdn.knightlab.com/libs/timeline3/3.9.11")
    URI timelinejsViewer();

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
