package io.newsroom.gateway.ingestion;

import java.time.Instant;
import java.util.List;

/** An event the story already holds, with the bounds of its date, so a new sentence about it becomes a citation. */
public record KnownEvent(String id, String title, Instant earliest, Instant latest, List<String> participantActorIds) {

    public KnownEvent {
        participantActorIds = participantActorIds == null ? List.of() : List.copyOf(participantActorIds);
    }
}
