package io.newsroom.gateway.domain;

import java.util.List;

/**
 * The timeline-service's half of a story view: the header, the coverage summary, one page of the timeline with the
 * relations inside it, and how much the whole story holds. One call, whatever the size of the story.
 */
public record TimelineWindow(Story story, CoverageSummary coverage, List<Event> events, String nextCursor, Counts counts,
        List<EventRelation> relations) {

    /** How the story was covered, as counts: the articles themselves stay in the service (and in the bundle). */
    public record CoverageSummary(int articleCount, int outletCount, List<BiasCount> byBias, List<OutletCount> outlets) {
    }

    public record BiasCount(Bias bias, int outlets, int articles) {
    }

    public record OutletCount(String id, String name, String domain, Bias bias, int articles) {
    }

    /** Sizes of the whole story, not of the page. */
    public record Counts(int events, int articles, int outlets, int relations) {
    }
}
