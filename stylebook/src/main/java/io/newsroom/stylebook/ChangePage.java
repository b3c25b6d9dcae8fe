package io.newsroom.stylebook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a change feed and where to go on from. */
@Schema(name = "ChangePage", description = "Changes in feed order after the position asked for.")
public record ChangePage(
        @Schema(required = true, maxItems = ChangeQuery.MAX_LIMIT) List<Change> changes,
        @Schema(description = "The id of the last change of the page, or the 'after' asked for when the page is empty"
                + " (\"0\" without one): pass it as 'after' to go on. An empty page means nothing newer yet.",
                example = "1234", required = true, pattern = ChangeQuery.POSITION_PATTERN,
                maxLength = ChangeQuery.MAX_POSITION_LENGTH)
        String next) {

    public static ChangePage of(List<Change> changes, long after) {
        return new ChangePage(changes, changes.isEmpty() ? Long.toString(after) : changes.get(changes.size() - 1).id());
    }
}
