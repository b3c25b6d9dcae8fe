package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person or body taking part in an event")
public record Participant(@Schema(required = true) @Size(max = 200) String name,
        @Schema(nullable = true, description = "Wikidata item id; null when not known") @Size(max = 13) String wikidataId) {
}
