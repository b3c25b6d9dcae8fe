package io.newsroom.claims.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StancePage", description = "Stances on a claim, oldest recorded first; a claim's stances come in one page")
public record StancePage(@Schema(required = true) List<Stance> items,
                         @Schema(required = true, nullable = true, description = "Always null: a claim's stances are returned whole") String nextCursor) {
}
