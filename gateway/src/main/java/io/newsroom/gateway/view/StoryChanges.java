package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Change;

@Schema(name = "StoryChanges", description = "One page of a story's changes from both services, merged in the order "
        + "they were recorded", requiredProperties = { "storyId", "changes", "next" })
public record StoryChanges(
        @Schema(description = "Slug of the story", examples = "ukraine-peace-plan") String storyId,
        @Schema(description = "The changes, oldest first: by recordedAt, then timeline-service before claims-service, "
                + "each service's own changes in its feed order") List<Change> changes,
        @Schema(description = "Cursor to ask after next time (the last change's cursor, or the one asked after when "
                + "nothing followed it); opaque, names a position in each service's feed", examples = "MTIzNB81Ng")
        String next) {
}
