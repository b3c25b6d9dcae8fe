package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;

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
        @Schema(description = "Bundle format version, 1", minimum = "1", maximum = "1") Integer version,
        Instant exportedAt,
        @Schema(required = true) @Valid Story story,
        @Size(max = MAX_ITEMS) List<@Valid Outlet> outlets,
        @Size(max = MAX_ITEMS) List<@Valid Article> articles,
        @Size(max = MAX_ITEMS) List<@Valid Event> events,
        @Size(max = MAX_ITEMS) List<@Valid EventRelation> relations,
        @Size(max = MAX_ITEMS) List<@Valid Actor> actors,
        @Size(max = MAX_ITEMS) List<@Valid Claim> claims) {

    public static final String FORMAT = "newsroom-story-bundle";
    public static final int VERSION = 1;
    /** The most items of one kind a bundle holds: what an export writes at most (its default 200 a page, 50 pages). */
    public static final int MAX_ITEMS = 10_000;
    /**
     * The longest id an item may have in a bundle: exports write UUIDs and slugs, a hand-written bundle any readable
     * key; the import gives every item an id of its own service.
     */
    public static final int MAX_KEY_LENGTH = 200;
}
