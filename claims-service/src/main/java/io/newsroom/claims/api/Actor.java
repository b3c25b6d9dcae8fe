package io.newsroom.claims.api;

import io.newsroom.claims.domain.ActorKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actor", description = "A person, organisation, government, outlet or group that makes claims or takes stances")
public record Actor(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) ActorKind kind,
        @Schema(required = true, nullable = true, description = "Role or description; null when none is given") String description,
        @Schema(required = true, nullable = true, description = "ISO 3166-1 alpha-2 country code; null when not known") String country,
        @Schema(required = true, nullable = true, description = "Wikidata item id; null when not known") String wikidataId,
        @Schema(required = true, description = "Other names it is known by; empty when none") List<String> aliases,
        @Schema(required = true, description = "Ids of member actors (GROUP only); empty for the others") List<UUID> members,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
