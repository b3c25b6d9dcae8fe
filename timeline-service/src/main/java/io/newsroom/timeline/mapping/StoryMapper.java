package io.newsroom.timeline.mapping;

import io.newsroom.timeline.api.Story;
import io.newsroom.timeline.api.StoryInput;
import io.newsroom.timeline.domain.StoryEntity;
import java.util.List;

public final class StoryMapper {

    private StoryMapper() {
    }

    public static Story toApi(StoryEntity story) {
        return new Story(story.id, story.title, story.summary,
                story.tags == null ? List.of() : List.of(story.tags), story.createdAt, story.updatedAt);
    }

    /** Copies the editable fields; the id is only set on create. */
    public static void apply(StoryInput input, StoryEntity story) {
        story.title = input.title().strip();
        story.summary = input.summary();
        story.tags = input.tags() == null ? new String[0]
                : input.tags().stream().map(String::strip).distinct().toArray(String[]::new);
    }
}
