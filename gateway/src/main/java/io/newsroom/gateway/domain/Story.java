package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The header of a developing story, as the timeline-service keeps it")
public record Story(
        @Schema(required = true, description = "Readable slug that identifies the story", examples = "ukraine-peace-plan")
        @Size(max = Story.MAX_ID_LENGTH) String id,
        @Schema(required = true) @Size(max = 300) String title,
        @Schema(nullable = true, description = "A few sentences on what the story is about; null when none was written") @Size(max = 5000) String summary,
        @Size(max = 50) List<@Size(max = 60) String> tags,
        @Schema(description = "Ignored on import") Instant createdAt,
        @Schema(description = "Ignored on import") Instant updatedAt) {

    public static final int MAX_ID_LENGTH = 80;
    public static final String ID_RULE = "a slug of lower-case letters, digits and single hyphens, at most "
            + MAX_ID_LENGTH + " characters";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Whether the text can be a story's id at all, so a page or an import need not ask a service about it. */
    public static boolean isId(String id) {
        return id != null && id.length() <= MAX_ID_LENGTH && SLUG.matcher(id).matches();
    }
}
