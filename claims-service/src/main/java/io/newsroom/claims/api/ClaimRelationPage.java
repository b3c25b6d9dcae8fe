package io.newsroom.claims.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimRelationPage", description = "The relations of a claim, in both directions; returned whole")
public record ClaimRelationPage(@Schema(required = true) List<ClaimRelation> items,
                                @Schema(required = true, nullable = true, description = "Always null: a claim's relations are returned whole")
                                String nextCursor) {
}
