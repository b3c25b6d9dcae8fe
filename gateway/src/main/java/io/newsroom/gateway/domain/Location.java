package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event took place")
public record Location(@Size(max = 200) String name, Double latitude, Double longitude) {
}
