package io.newsroom.claims.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimUpdate", description = "Full replacement of a claim's editable fields. Appearances, stances, "
        + "verdict and relations have their own operations and are kept.")
public record ClaimUpdate(
        @NotBlank @Size(max = MAX_PROPOSITION)
        @Schema(required = true, description = "What was claimed, in neutral words (at most 1000 characters)")
        String proposition,
        @Size(max = 35) @Schema(description = "BCP 47 language of the proposition, such as en, ru or pt-BR; "
                + "full-text search stems it in this language", examples = "ru") String language,
        @NotNull @Schema(required = true, description = "Id of the actor who made the claim") UUID claimantId,
        @NotNull @Valid @Schema(required = true, description = "When the claim was made") EdtfDate madeAt,
        @Schema(description = "Id of the timeline event the claim was made at, if any") UUID eventId,
        @Size(max = 20) @Schema(description = "Topic tags: lower-case words joined by hyphens")
        List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
             @Size(max = 60) String> tags) {

    public static final int MAX_PROPOSITION = 1000;
}
