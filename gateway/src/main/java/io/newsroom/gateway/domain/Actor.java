package io.newsroom.gateway.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person, organisation, government, outlet or group that makes claims or takes stances")
public record Actor(
        @Schema(description = "Id in the source system; claims and stances refer to actors by it") String id,
        @Schema(required = true) String name,
        ActorKind kind,
        String description,
        @Schema(description = "ISO 3166-1 alpha-2 country code") String country,
        @Schema(description = "Wikidata item id, e.g. Q7747") String wikidataId,
        List<String> aliases,
        @Schema(description = "Ids of member actors (GROUP only)") List<String> members) {
}
