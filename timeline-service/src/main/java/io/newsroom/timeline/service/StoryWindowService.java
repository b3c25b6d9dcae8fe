package io.newsroom.timeline.service;

import io.newsroom.timeline.api.Coverage;
import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.StoryCounts;
import io.newsroom.timeline.api.StoryWindow;
import io.newsroom.timeline.repository.EventReads;
import io.newsroom.timeline.repository.RevisionReads;
import io.newsroom.timeline.repository.StoryChanges;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.timeline.repository.TimelineQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The story view's half that this service owns: one window of a story, not the whole of it. Two
 * statements sent at once on two connections: the story with its counts and coverage, and the
 * page with the relations between its events. Either answers "no story" on its own.
 * <p>
 * A window as the story stands is tagged with the story's change count, read first: a client that
 * holds the window of that count is told so before anything is composed, which is what lets the
 * gateway revalidate every story view it serves instead of composing it again.
 */
@ApplicationScoped
public class StoryWindowService {

    private final EventReads reads;
    private final RevisionReads revisions;
    private final StoryChanges changes;
    private final ReadClock clock;

    public StoryWindowService(EventReads reads, RevisionReads revisions, StoryChanges changes, ReadClock clock) {
        this.clock = clock;
        this.reads = reads;
        this.revisions = revisions;
        this.changes = changes;
    }

    /**
     * A window and its entity tag; the window is null when the client holds it already (its
     * If-None-Match names the tag). A window as of an instant has no tag: nothing is based on it.
     */
    public record Tagged(StoryWindow window, String etag) {
    }

    /** With {@code asOf}, the window as it stood then, both statements read from revisions. */
    public Uni<Tagged> window(String storyId, int limit, String after, Instant asOf, String ifNoneMatch) {
        TimelineQuery.SortKey from = EventService.decodeSortKey(after);
        if (asOf != null) {
            return window(storyId, limit, from, asOf).map(window -> new Tagged(window, null));
        }
        // One instant for the tag and the window, so the overdue events the tag counts are those the window marks.
        Instant now = clock.now();
        return changes.entityTag(storyId, now).chain(etag -> EntityTags.noneMatchFails(ifNoneMatch, etag)
                ? Uni.createFrom().item(new Tagged(null, etag))
                : window(storyId, limit, from, null, now).map(window -> new Tagged(window, etag)));
    }

    private Uni<StoryWindow> window(String storyId, int limit, TimelineQuery.SortKey after, Instant asOf) {
        return window(storyId, limit, after, asOf, asOf);
    }

    /** Events are read at {@code readAt}: overdue or not then. */
    private Uni<StoryWindow> window(String storyId, int limit, TimelineQuery.SortKey after, Instant asOf, Instant readAt) {
        TimelineQuery page = new TimelineQuery(storyId, null, null, EnumSet.noneOf(io.newsroom.timeline.domain.EventStatus.class),
                EnumSet.noneOf(io.newsroom.timeline.domain.EventKind.class), null, null, asOf, after, limit + 1);
        Uni<EventReads.StorySummary> storyHalf = asOf == null ? reads.storySummary(storyId) : revisions.storySummary(storyId, asOf);
        return Uni.combine().all().unis(storyHalf, reads.windowPage(page)).asTuple().map(both -> {
            EventReads.StorySummary summary = both.getItem1();
            EventReads.WindowPage rows = both.getItem2();
            boolean more = rows.rows().size() > limit;
            List<EventReads.PageRow> shown = more ? rows.rows().subList(0, limit) : rows.rows();
            String next = more ? EventService.encodeSortKey(shown.get(shown.size() - 1).key()) : null;
            Set<UUID> onPage = shown.stream().map(r -> r.event().id()).collect(Collectors.toSet());
            List<Relation> relations = rows.relations().stream()
                    .filter(r -> onPage.contains(r.fromEventId()) && onPage.contains(r.toEventId()))
                    .sorted(Comparator.comparing(Relation::recordedAt).thenComparing(Relation::id))
                    .toList();
            Coverage coverage = ArticleService.coverage(storyId, summary.outletCounts(), summary.outlets());
            StoryCounts counts = new StoryCounts(summary.events(), (int) coverage.articleCount(),
                    (int) coverage.outletCount(), summary.relations());
            return new StoryWindow(summary.story(), coverage, shown.stream().map(row -> row.event().readAt(readAt)).toList(),
                    next, counts, relations);
        });
    }
}
