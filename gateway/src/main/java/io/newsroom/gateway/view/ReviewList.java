package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ChangeSource;

@Schema(description = "Every fact of a story whose evidence changed, for the desk to confirm or fix: the events whose "
        + "citations cite a corrected or retracted article, then the claims whose appearances or stance evidence cite "
        + "one or whose event was deleted, each in its service's order. When the claims-service does not answer, the "
        + "list holds the events only and 'degraded' names it: the list is then not the whole of what needs review.")
public record ReviewList(
        @Schema(required = true, description = "Slug of the story", example = "ukraine-peace-plan") String storyId,
        @Schema(required = true, description = "The facts to review; empty when nothing any fact rests on changed")
        List<ReviewItem> items,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ChangeSource.class,
                description = "Services whose facts are missing because they did not answer: "
                + "'claims-service'. Empty when the list is complete.")
        List<String> degraded) {

    public boolean complete() {
        return degraded.isEmpty();
    }
}
