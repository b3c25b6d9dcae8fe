package io.newsroom.timeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionAuthor", description = "Who made a write: the caller of the bearer token it carried.")
public record Author(
        @Schema(required = true, description = "The token's subject (sub): stable, unique at the newsroom's identity provider.",
                example = "local:ada-editor")
        String subject,
        @Schema(required = true, description = "The token's name claim (else preferred_username, else the subject).", example = "Ada Editor")
        String name) {
}
