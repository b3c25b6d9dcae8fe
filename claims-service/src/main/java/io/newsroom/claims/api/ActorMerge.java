package io.newsroom.claims.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorMerge", description = "Which actor a duplicate is folded into")
public record ActorMerge(
        @NotNull @Schema(required = true, description = "Id of the actor that is kept") UUID into) {
}
