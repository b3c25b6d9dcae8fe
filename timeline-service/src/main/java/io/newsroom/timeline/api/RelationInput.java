package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.RelationType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A relation to create. Both events must belong to the story; no self-relations, no"
        + " PART_OF cycles; the same (from, to, type) only once.")
public record RelationInput(
        @Schema(required = true) @NotNull UUID fromEventId,
        @Schema(required = true) @NotNull UUID toEventId,
        @Schema(required = true) @NotNull RelationType type) {
}
