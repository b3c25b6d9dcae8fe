package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person, organisation, government, outlet or group that makes claims or takes stances")
public record Actor(
        @Schema(description = "Id in the source system; claims and stances refer to actors by it") @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true) @Size(max = 200) String name,
        ActorKind kind,
        @Size(max = 1000) String description,
        @Schema(description = "ISO 3166-1 alpha-2 country code") @Size(max = 2) String country,
        @Schema(description = "Wikidata item id, e.g. Q7747") @Size(max = 13) String wikidataId,
        @Size(max = 50) List<@Size(max = 200) String> aliases,
        @Schema(description = "Ids of member actors (GROUP only)") @Size(max = 500) List<@Size(max = StoryBundle.MAX_KEY_LENGTH) String> members) {
}
