package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.RelationType;

@Schema(description = "A relation between two events, with their titles for display")
public record RelationView(
        @Schema(required = true) RelationType type,
        @Schema(required = true, description = "Id of the event the relation starts from") String fromEventId,
        @Schema(required = true, description = "Its title") String fromTitle,
        @Schema(required = true, description = "Id of the event it points to") String toEventId,
        @Schema(required = true, description = "Its title") String toTitle) {
}
