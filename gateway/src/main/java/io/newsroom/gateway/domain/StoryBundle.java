package io.newsroom.gateway.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole story in one document. Items refer to one another by the ids they had where they were exported
 * (or any unique readable key in a hand-written bundle); an import gives them new ids and keeps the links.
 */
@Schema(description = "A whole story in one JSON document: what an export gives and an import takes. Items refer to "
        + "each other by their 'id', which only has to be unique within the bundle.")
public record StoryBundle(
        @Schema(description = "Always 'newsroom-story-bundle'", enumeration = "newsroom-story-bundle") String format,
        @Schema(description = "Bundle format version, 1") Integer version,
        Instant exportedAt,
        @Schema(required = true) Story story,
        List<Outlet> outlets,
        List<Article> articles,
        List<Event> events,
        List<EventRelation> relations,
        List<Actor> actors,
        List<Claim> claims) {

    public static final String FORMAT = "newsroom-story-bundle";
    public static final int VERSION = 1;
}
