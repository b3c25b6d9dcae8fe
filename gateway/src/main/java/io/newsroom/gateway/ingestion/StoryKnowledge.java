package io.newsroom.gateway.ingestion;

import java.util.List;

/** What the story already knows when an article comes in: its actors, events and claims. */
public record StoryKnowledge(List<KnownActor> actors, List<KnownEvent> events, List<KnownClaim> claims) {

    public static final StoryKnowledge NOTHING = new StoryKnowledge(List.of(), List.of(), List.of());

    public StoryKnowledge {
        actors = actors == null ? List.of() : List.copyOf(actors);
        events = events == null ? List.of() : List.copyOf(events);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
