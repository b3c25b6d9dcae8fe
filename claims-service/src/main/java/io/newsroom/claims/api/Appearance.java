package io.newsroom.claims.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Appearance", description = "A place where the claim appeared: a citation with its normalised URL")
public record Appearance(@Schema(required = true) UUID id,
                         @Schema(required = true, description = "The normalised URL of the article") String url,
                         @Schema(required = true, nullable = true, description = "Name of the outlet") String outlet,
                         @Schema(required = true, nullable = true, description = "Headline of the article") String title,
                         @Schema(required = true, nullable = true, description = "When the article was published (UTC)")
                         Instant publishedAt,
                         @Schema(required = true, nullable = true, description = "The passage quoted from it") String quote,
                         @Schema(required = true, nullable = true, description = "BCP 47 language of the quote and title")
                         String language,
                         @Schema(required = true, description = "When this service recorded it") Instant recordedAt,
                         @JsonProperty(access = JsonProperty.Access.READ_ONLY)
                         @Schema(required = true, readOnly = true, nullable = true, enumeration = {"CORRECTED", "RETRACTED"},
                                 description = "The status of the cited article as timeline-service reported it, when "
                                         + "it is not PUBLISHED: the claim's evidence changed and the desk should review it "
                                         + "(GET /stories/{storyId}/review); null while the article stands as published")
                         String articleStatus,
                         @JsonProperty(access = JsonProperty.Access.READ_ONLY)
                         @Schema(required = true, readOnly = true, nullable = true, description = "The outlet's correction or retraction "
                                 + "note, with articleStatus; null without it") String articleStatusNote) {
}
