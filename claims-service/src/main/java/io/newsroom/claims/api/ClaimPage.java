package io.newsroom.claims.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimPage", description = "One page of claims, in made-at order")
public record ClaimPage(@Schema(required = true) List<Claim> items,
                        @Schema(required = true, nullable = true, description = "Cursor for the next page (pass as 'after'), null on the last page")
                        String nextCursor) {
}
