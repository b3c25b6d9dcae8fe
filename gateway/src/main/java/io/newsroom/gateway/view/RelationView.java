package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A relation between two events, with their titles for display")
public record RelationView(
        @Schema(description = "PART_OF, FOLLOWS, REVISES or CONTRADICTS") String type,
        String fromEventId,
        String fromTitle,
        String toEventId,
        String toTitle) {
}
