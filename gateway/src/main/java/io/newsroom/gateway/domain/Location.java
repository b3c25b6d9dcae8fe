package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event took place")
public record Location(
        @Schema(required = true) @Size(max = 200) String name,
        @Schema(nullable = true, description = "WGS 84 latitude; null when not known") Double latitude,
        @Schema(nullable = true, description = "WGS 84 longitude; null when not known") Double longitude) {
}
