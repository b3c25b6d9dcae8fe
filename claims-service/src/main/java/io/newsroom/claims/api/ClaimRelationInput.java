package io.newsroom.claims.api;

import io.newsroom.claims.domain.RelationType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimRelationInput", description = "A relation from this claim to another claim of the same story")
public record ClaimRelationInput(
        @NotNull @Schema(required = true, description = "Id of the other claim") UUID toClaimId,
        @NotNull @Schema(required = true) RelationType type) {
}
