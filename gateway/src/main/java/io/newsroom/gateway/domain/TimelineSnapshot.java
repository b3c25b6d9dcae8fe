package io.newsroom.gateway.domain;

import java.util.List;

/** What the timeline-service knows of one story, read in full. */
public record TimelineSnapshot(Story story, List<Event> events, List<EventRelation> relations,
        List<Article> articles, List<Outlet> outlets) {
}
