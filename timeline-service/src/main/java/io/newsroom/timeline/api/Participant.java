package io.newsroom.timeline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person or organisation taking part in an event.")
public record Participant(
        @Schema(required = true, example = "Vladimir Putin")
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "Wikidata item id, when known; null otherwise.", example = "Q7747", nullable = true)
        @Pattern(regexp = "^Q[1-9][0-9]{0,11}$", message = "must be a Wikidata item id like Q7747") @Size(max = 13)
        String wikidataId) {
}
