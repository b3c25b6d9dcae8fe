package io.newsroom.claims.api;

import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.Pages;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimRelationPage", description = "The relations of a claim, in both directions; returned whole")
public record ClaimRelationPage(@Schema(required = true, maxItems = Pages.MAX_LIMIT) List<ClaimRelation> items,
                                @Schema(required = true, nullable = true, description = "Always null: a claim's relations are returned whole", maxLength = Cursor.MAX_LENGTH)
                                String nextCursor) {
}
