package io.newsroom.claims.api;

import io.newsroom.claims.domain.RelationType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimRelation", description = "A relation between two claims of the same story")
public record ClaimRelation(@Schema(required = true) UUID id, @Schema(required = true) UUID fromClaimId,
        @Schema(required = true) UUID toClaimId, @Schema(required = true) RelationType type,
        @Schema(required = true) Instant recordedAt) {
}
