package io.newsroom.claims.api;

import io.newsroom.claims.domain.ActorKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorInput", description = "An actor to create, or the full replacement of its editable fields")
public record ActorInput(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Institute for the Study of War") String name,
        @NotNull @Schema(required = true) ActorKind kind,
        @Size(max = 1000) @Schema(description = "Role or description", examples = "US-based war monitor")
        String description,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as UA") @Size(max = 2)
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "US") String country,
        @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id: Q followed by digits") @Size(max = 13)
        @Schema(description = "Wikidata item id", examples = "Q3325735") String wikidataId,
        @Size(max = 50) @Schema(description = "Other names the actor is known by; lookup matches them too")
        List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = 500) @Schema(description = "Ids of member actors; only a GROUP may have members")
        List<@NotNull UUID> members) {
}
