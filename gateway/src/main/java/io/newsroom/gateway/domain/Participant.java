package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person or body taking part in an event")
public record Participant(@Schema(required = true) String name,
        @Schema(nullable = true, description = "Wikidata item id; null when not known") String wikidataId) {
}
