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

    /** The row a story was kept as in a revision; its version is the caller's to set. */
    public static StoryEntity fromApi(Story kept) {
        StoryEntity story = new StoryEntity();
        story.id = kept.id();
        story.title = kept.title();
        story.summary = kept.summary();
        story.tags = kept.tags() == null ? new String[0] : kept.tags().toArray(String[]::new);
        story.createdAt = kept.createdAt();
        story.updatedAt = kept.updatedAt();
        return story;
    }

    /** Copies the editable fields; the id is only set on create. */
    public static void apply(StoryInput input, StoryEntity story) {
        story.title = input.title().strip();
        story.summary = input.summary();
        story.tags = input.tags() == null ? new String[0]
                : input.tags().stream().map(String::strip).distinct().toArray(String[]::new);
    }
}
