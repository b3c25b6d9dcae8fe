package io.newsroom.gateway.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person, organisation, government, outlet or group that makes claims or takes stances")
public record Actor(
        @Schema(description = "Id in the source system; claims and stances refer to actors by it") String id,
        @Schema(required = true) String name,
        @Schema(nullable = true, description = "What kind of actor it is; null for an actor the claims-service no longer has")
        ActorKind kind,
        @Schema(nullable = true, description = "Role or description; null when none is given") String description,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2 country code; null when not known") String country,
        @Schema(nullable = true, description = "Wikidata item id, e.g. Q7747; null when not known") String wikidataId,
        List<String> aliases,
        @Schema(description = "Ids of member actors (GROUP only)") List<String> members) {
}
