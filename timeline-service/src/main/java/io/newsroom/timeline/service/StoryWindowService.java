package io.newsroom.timeline.service;

import io.newsroom.timeline.api.Coverage;
import io.newsroom.timeline.api.EventPage;
import io.newsroom.timeline.api.StoryCounts;
import io.newsroom.timeline.api.StoryWindow;
import io.newsroom.timeline.mapping.EventMapper;
import io.newsroom.timeline.repository.EventRepository;
import io.newsroom.timeline.repository.RelationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The story view's half that this service owns: one window of a story, not the whole of it. */
@ApplicationScoped
public class StoryWindowService {

    private static final EventService.TimelineFilter WHOLE_TIMELINE =
            new EventService.TimelineFilter(null, null, Set.of(), Set.of(), null, null, null);

    private final StoryService stories;
    private final ArticleService articles;
    private final EventService events;
    private final EventRepository eventRows;
    private final RelationRepository relations;

    public StoryWindowService(StoryService stories, ArticleService articles, EventService events,
            EventRepository eventRows, RelationRepository relations) {
        this.stories = stories;
        this.articles = articles;
        this.events = events;
        this.eventRows = eventRows;
        this.relations = relations;
    }

    @WithSession
    public Uni<StoryWindow> window(String storyId, int limit, String after) {
        return stories.get(storyId).chain(story -> articles.coverage(storyId).chain(coverage ->
                events.timeline(storyId, WHOLE_TIMELINE, limit, after).chain(page ->
                        eventRows.count("storyId", storyId).chain(eventCount ->
                                relations.count("storyId", storyId).chain(relationCount ->
                                        relationsOf(storyId, page).map(shown ->
                                                new StoryWindow(story.body(), coverage, page.items(), page.nextCursor(),
                                                        counts(eventCount, relationCount, coverage), shown)))))));
    }

    private Uni<List<io.newsroom.timeline.api.Relation>> relationsOf(String storyId, EventPage page) {
        List<UUID> ids = page.items().stream().map(e -> e.id()).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return relations.list("storyId = ?1 and fromEventId in ?2 and toEventId in ?2 order by recordedAt, id",
                storyId, ids).map(rows -> rows.stream().map(EventMapper::toApi).toList());
    }

    private static StoryCounts counts(long events, long relations, Coverage coverage) {
        return new StoryCounts((int) events, (int) coverage.articleCount(), (int) coverage.outletCount(), (int) relations);
    }
}
