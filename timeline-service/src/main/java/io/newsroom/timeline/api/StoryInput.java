package io.newsroom.timeline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A story to create or to replace. On replace the id is ignored (it is the path's).")
public record StoryInput(
        @Schema(description = "Readable slug: lower-case letters and digits separated by single hyphens,"
                + " at most 80 characters. Required on create.", example = "ukraine-peace-plan")
        @Size(max = 80) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$", message = "must be a slug like ukraine-peace-plan")
        String id,
        @Schema(description = "Headline of the story.", required = true, example = "US peace plan for Ukraine")
        @NotBlank @Size(max = 300)
        String title,
        @Schema(description = "A few sentences on what the story is about.")
        @Size(max = 5000)
        String summary,
        @Schema(description = "Free keywords.")
        @Size(max = 50)
        List<@NotBlank @Size(max = 60) String> tags) {
}
