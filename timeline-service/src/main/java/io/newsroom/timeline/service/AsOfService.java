package io.newsroom.timeline.service;

import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.api.ArticlePage;
import io.newsroom.timeline.api.Coverage;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.Outlet;
import io.newsroom.timeline.api.OutletPage;
import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.RelationPage;
import io.newsroom.timeline.api.Story;
import io.newsroom.timeline.api.StoryPage;
import io.newsroom.timeline.api.Transition;
import io.newsroom.timeline.api.TransitionPage;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.repository.OutletRepository;
import io.newsroom.timeline.repository.RevisionReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The record as it stood at an instant: every read of this service "as of" a time, answered from
 * revisions alone (the timeline page and the story window go through {@link EventService} and
 * {@link StoryWindowService}, whose statements read revisions the same way). Pages take the same
 * cursors as the current lists, so a client pages an "as of" list as it pages a current one.
 */
@ApplicationScoped
public class AsOfService {

    private final RevisionReads reads;

    public AsOfService(RevisionReads reads) {
        this.reads = reads;
    }

    public Uni<Story> story(String id, Instant asOf) {
        return reads.story(id, asOf);
    }

    public Uni<StoryPage> stories(int limit, String after, Instant asOf) {
        Cursor cursor = Cursor.decode(after, 1);
        return reads.stories(asOf, cursor == null ? null : cursor.text(0), limit + 1)
                .map(rows -> page(rows, limit, last -> Cursor.encode(last.id()), StoryPage::new));
    }

    public Uni<Event> event(String storyId, UUID id, Instant asOf) {
        // Its citations flagged by the articles of then, and overdue as it stood then.
        return reads.event(storyId, id, asOf).map(event -> event.readAt(asOf));
    }

    public Uni<Article> article(String storyId, UUID id, Instant asOf) {
        return reads.inStory(ResourceType.ARTICLE, storyId, id.toString(), asOf, Article.class, "article " + id);
    }

    public Uni<ArticlePage> articles(String storyId, int limit, String after, Instant asOf) {
        Cursor cursor = Cursor.decode(after, 2);
        return reads.pageInStory(ResourceType.ARTICLE, "publishedAt", storyId, asOf, cursor == null ? null : cursor.instant(0),
                        cursor == null ? null : cursor.uuid(1), limit + 1, Article.class)
                .map(rows -> page(rows, limit, last -> Cursor.encode(last.publishedAt(), last.id()), ArticlePage::new));
    }

    /** The coverage of then: the articles that stood, counted by the outlets and bias ratings of then. */
    public Uni<Coverage> coverage(String storyId, Instant asOf) {
        return reads.storySummary(storyId, asOf)
                .map(summary -> ArticleService.coverage(storyId, summary.outletCounts(), summary.outlets()));
    }

    public Uni<Relation> relation(String storyId, UUID id, Instant asOf) {
        return reads.inStory(ResourceType.RELATION, storyId, id.toString(), asOf, Relation.class, "relation " + id);
    }

    public Uni<RelationPage> relations(String storyId, int limit, String after, Instant asOf) {
        Cursor cursor = Cursor.decode(after, 2);
        return reads.pageInStory(ResourceType.RELATION, "recordedAt", storyId, asOf, cursor == null ? null : cursor.instant(0),
                        cursor == null ? null : cursor.uuid(1), limit + 1, Relation.class)
                .map(rows -> page(rows, limit, last -> Cursor.encode(last.recordedAt(), last.id()), RelationPage::new));
    }

    public Uni<Transition> transition(String storyId, UUID eventId, UUID id, Instant asOf) {
        return reads.inStory(ResourceType.TRANSITION, storyId, id.toString(), asOf, Transition.class, "transition " + id)
                .map(transition -> {
                    if (!transition.eventId().equals(eventId)) {
                        throw ProblemException.notFound("the event " + eventId + " had no transition " + id + " at " + asOf);
                    }
                    return transition;
                });
    }

    public Uni<TransitionPage> history(String storyId, UUID eventId, int limit, String after, Instant asOf) {
        Cursor cursor = Cursor.decode(after, 1);
        int afterSeq = cursor == null ? 0 : (int) cursor.number(0);
        return reads.history(storyId, eventId, asOf, afterSeq, limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            List<RevisionReads.Numbered> shown = more ? rows.subList(0, limit) : rows;
            String next = more ? Cursor.encode(shown.get(shown.size() - 1).seq()) : null;
            return new TransitionPage(shown.stream().map(RevisionReads.Numbered::transition).toList(), next);
        });
    }

    public Uni<Outlet> outlet(UUID id, Instant asOf) {
        return reads.outlet(id, asOf);
    }

    /** With a domain, the outlet that domain (or a host below it) belonged to then, as a page of zero or one. */
    public Uni<OutletPage> outlets(String domain, int limit, String after, Instant asOf) {
        if (domain != null) {
            List<String> candidates = OutletRepository.domainsOf(domain);
            if (candidates.isEmpty()) {
                return Uni.createFrom().item(new OutletPage(List.of(), null));
            }
            return reads.outletOfDomains(candidates, asOf)
                    .map(found -> new OutletPage(found == null ? List.of() : List.of(found), null));
        }
        Cursor cursor = Cursor.decode(after, 1);
        return reads.outlets(asOf, cursor == null ? null : cursor.text(0), limit + 1)
                .map(rows -> page(rows, limit, last -> Cursor.encode(last.domain()), OutletPage::new));
    }

    /** A page from one row more than asked, so whether another page follows is known. */
    private static <T, P> P page(List<T> rows, int limit, Function<T, String> cursorOf,
            BiFunction<List<T>, String, P> page) {
        boolean more = rows.size() > limit;
        List<T> shown = more ? rows.subList(0, limit) : rows;
        return page.apply(shown, more ? cursorOf.apply(shown.get(shown.size() - 1)) : null);
    }
}
