package io.newsroom.timeline.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether an article still stands as published. The table below is the one source of the rules;
 * the OpenAPI description repeats it for client developers.
 */
@Schema(description = "Whether the article stands as published. PUBLISHED: as it was published (the default)."
        + " CORRECTED: its outlet corrected it (statusNote says what changed). RETRACTED: its outlet withdrew it"
        + " (statusNote says why). Allowed changes: PUBLISHED -> CORRECTED | RETRACTED;"
        + " CORRECTED -> RETRACTED | PUBLISHED;"
        + " RETRACTED -> PUBLISHED (only to undo a retraction recorded in error).")
public enum ArticleStatus {
    PUBLISHED,
    CORRECTED,
    RETRACTED;

    private static final Map<ArticleStatus, Set<ArticleStatus>> ALLOWED = Map.of(
            PUBLISHED, EnumSet.of(CORRECTED, RETRACTED),
            // Every change changes the status, so every one reaches those who follow status changes (the change
            // feed types it by the new status); a note that grows with a further correction is no status change.
            CORRECTED, EnumSet.of(RETRACTED, PUBLISHED),
            // A withdrawn article has no text left to correct: if the outlet republishes it, that is a new article.
            RETRACTED, EnumSet.of(PUBLISHED));

    public boolean canBecome(ArticleStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Whatever is not PUBLISHED flags the facts that cite the article. */
    public boolean flagsCitations() {
        return this != PUBLISHED;
    }
}
