package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person or body taking part in an event")
@Schema(required = true) public record Participant( @Size(max = 200) String name, @Size(max = 13) String wikidataId) {
}
