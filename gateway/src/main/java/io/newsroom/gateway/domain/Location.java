package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event took place")
@Schema(required = true) @Schema(nullable = true, description = "WGS 84 latitude; null when not known") @Schema(nullable = true, description = "WGS 84 longitude; null when not known") public record Location(@Size(max = 200) String name, Double latitude, Double longitude) {
}
