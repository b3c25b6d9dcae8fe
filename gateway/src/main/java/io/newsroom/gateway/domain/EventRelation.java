package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How one event relates to another, e.g. the 19-point plan REVISES the 28-point plan")
public record EventRelation(
        @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true, description = "Id of the event the relation starts from") @Size(max = StoryBundle.MAX_KEY_LENGTH) String fromEventId,
        @Schema(required = true, description = "Id of the event it points to") @Size(max = StoryBundle.MAX_KEY_LENGTH) String toEventId,
        @Schema(required = true) RelationType type) {
}
