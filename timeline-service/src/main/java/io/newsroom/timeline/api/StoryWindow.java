package io.newsroom.timeline.api;

import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.Pages;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a story view shows at once: the story, its coverage summary, one page of its timeline,"
        + " the counts of everything it holds, and the relations between the events of that page. The whole"
        + " story is the bundle export, not this.")
public record StoryWindow(
        @Schema(required = true)
        Story story,
        @Schema(required = true, description = "The same summary as the coverage operation.")
        Coverage coverage,
        @Schema(required = true, description = "One page of the timeline, in timeline order, exactly as the timeline list serves it.", maxItems = Pages.MAX_LIMIT)
        List<Event> events,
        @Schema(required = true, nullable = true, description = "Pass as 'after' to get the next window; null on the last page.", maxLength = Cursor.MAX_LENGTH)
        String nextCursor,
        @Schema(required = true)
        StoryCounts counts,
        @Schema(required = true, description = "The relations whose both events are on this page.")
        List<Relation> relations) {
}
