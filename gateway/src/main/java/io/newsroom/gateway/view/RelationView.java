package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.RelationType;

@Schema(description = "A relation between two events, with their titles for display")
public record RelationView(
        RelationType type,
        String fromEventId,
        String fromTitle,
        String toEventId,
        String toTitle) {
}
