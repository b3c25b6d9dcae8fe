package io.newsroom.claims.repository;

import io.newsroom.claims.domain.ActorKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An actor as the lookup query returns it, with the sort key its cursor resumes after. */
public record ActorRow(UUID id, String name, ActorKind kind, String description, String country, String wikidataId,
                       List<String> aliases, List<UUID> members, Instant createdAt, Instant updatedAt, int version,
                       String sortKey) {
}
