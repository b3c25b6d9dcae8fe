package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How one event relates to another, e.g. the 19-point plan REVISES the 28-point plan")
public record EventRelation(
        String id,
        @Schema(required = true, description = "Id of the event the relation starts from") String fromEventId,
        @Schema(required = true, description = "Id of the event it points to") String toEventId,
        @Schema(required = true) RelationType type) {
}
