package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event took place")
public record Location(String name, Double latitude, Double longitude) {
}
