package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person, organisation, government, outlet or group that makes claims or takes stances")
public record Actor(
        @Schema(description = "Id in the source system; claims and stances refer to actors by it") @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true) @Size(max = 200) String name,
        @Schema(nullable = true, description = "What kind of actor it is; null for an actor the claims-service no longer has") ActorKind kind,
        @Schema(nullable = true, description = "Role or description; null when none is given") @Size(max = 1000) String description,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2 country code; null when not known") @Size(max = 2) String country,
        @Schema(nullable = true, description = "Wikidata item id, e.g. Q7747; null when not known") @Size(max = 13) String wikidataId,
        @Size(max = 50) List<@Size(max = 200) String> aliases,
        @Schema(description = "Ids of member actors (GROUP only)") @Size(max = 500) List<@Size(max = StoryBundle.MAX_KEY_LENGTH) String> members) {
}
