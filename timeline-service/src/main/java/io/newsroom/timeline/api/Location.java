package io.newsroom.timeline.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event took place; coordinates are optional (WGS 84).")
public record Location(
        @Schema(required = true, example = "Geneva")
        @NotBlank @Size(max = 200)
        String name,
        @Schema(minimum = "-90", maximum = "90", example = "46.2044", nullable = true)
        @DecimalMin("-90") @DecimalMax("90")
        Double latitude,
        @Schema(minimum = "-180", maximum = "180", example = "6.1432", nullable = true)
        @DecimalMin("-180") @DecimalMax("180")
        Double longitude) {
}
