package io.newsroom.gateway.ingestion;

import java.util.List;

import io.newsroom.gateway.domain.ActorKind;

/** An actor the story already holds; mentions of its name, an alias or its surname are matched to it. */
public record KnownActor(String id, String name, List<String> aliases, ActorKind kind) {

    public KnownActor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
