package io.newsroom.claims.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Appearance", description = "A place where the claim appeared: a citation with its normalised URL")
public record Appearance(UUID id, String url, String outlet, String title, Instant publishedAt, String quote,
                         @Schema(description = "BCP 47 language of the quote and title") String language,
                         @Schema(description = "When this service recorded it") Instant recordedAt) {
}
