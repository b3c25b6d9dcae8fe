package io.newsroom.claims.api;

import io.newsroom.claims.domain.ActorKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actor", description = "A person, organisation, government, outlet or group that makes claims or takes stances")
public record Actor(
        UUID id,
        String name,
        ActorKind kind,
        @Schema(description = "Role or description") String description,
        @Schema(description = "ISO 3166-1 alpha-2 country code") String country,
        @Schema(description = "Wikidata item id") String wikidataId,
        List<String> aliases,
        @Schema(description = "Ids of member actors (GROUP only)") List<UUID> members,
        Instant createdAt,
        Instant updatedAt) {
}
