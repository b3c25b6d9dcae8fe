package io.newsroom.timeline.service;

import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.Outlet;
import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.Story;
import io.newsroom.timeline.api.Transition;
import io.newsroom.timeline.config.TimelineConfig;
import io.newsroom.timeline.domain.ArticleEntity;
import io.newsroom.timeline.domain.EventCitationEntity;
import io.newsroom.timeline.domain.EventEntity;
import io.newsroom.timeline.domain.EventParticipantEntity;
import io.newsroom.timeline.domain.EventRelationEntity;
import io.newsroom.timeline.domain.EventTransitionEntity;
import io.newsroom.timeline.domain.OutletEntity;
import io.newsroom.timeline.domain.RelationType;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionAction;
import io.newsroom.timeline.domain.RevisionEntity;
import io.newsroom.timeline.domain.StoryEntity;
import io.newsroom.timeline.mapping.ArticleMapper;
import io.newsroom.timeline.mapping.EventMapper;
import io.newsroom.timeline.mapping.OutletMapper;
import io.newsroom.timeline.mapping.RevisionMapper;
import io.newsroom.timeline.mapping.StoryMapper;
import io.newsroom.timeline.repository.ArticleRepository;
import io.newsroom.timeline.repository.EventRepository;
import io.newsroom.timeline.repository.OutletRepository;
import io.newsroom.timeline.repository.RelationRepository;
import io.newsroom.timeline.repository.StoryRepository;
import io.newsroom.timeline.repository.TransitionRepository;
import io.newsroom.timeline.service.RevisionService.Restoration;
import io.newsroom.timeline.service.RevisionService.Subject;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings deleted resources back from the DELETED revision their delete left, within the restore
 * retention. A story or an event comes back with what its delete took along (articles, events,
 * status histories, relations) unless those were restored or recorded again since. A reference
 * that no longer holds is dropped where the resource can do without it (an article's outlet, an
 * event's anchor article, whose time and zone the event keeps) and refused where it cannot (a
 * relation's events, the story of anything in it).
 */
@ApplicationScoped
public class RestoreService {

    private final StoryRepository stories;
    private final OutletRepository outlets;
    private final ArticleRepository articles;
    private final EventRepository events;
    private final TransitionRepository transitions;
    private final RelationRepository relations;
    private final RevisionService revisions;
    private final TimelineConfig config;

    private final ReadClock clock;

    public RestoreService(StoryRepository stories, OutletRepository outlets, ArticleRepository articles,
            EventRepository events, TransitionRepository transitions, RelationRepository relations,
            RevisionService revisions, TimelineConfig config, ReadClock clock) {
        this.clock = clock;
        this.stories = stories;
        this.outlets = outlets;
        this.articles = articles;
        this.events = events;
        this.transitions = transitions;
        this.relations = relations;
        this.revisions = revisions;
        this.config = config;
    }

    @WithTransaction
    public Uni<Versioned<Story>> story(String id) {
        Instant now = RecordingClock.now();
        return deleted(ResourceType.STORY, id, id, "the story '" + id + "'", now).chain(deleted -> {
            StoryEntity story = StoryMapper.fromApi(RevisionMapper.read(deleted.state, Story.class));
            story.updatedAt = now;
            story.version = deleted.version + 1;
            return stories.persistAndFlush(story)
                    .chain(() -> revisions.restored(List.of(new Restoration(Subject.of(story), deleted)), now))
                    .chain(() -> takenWith(deleted, now))
                    .map(ignored -> new Versioned<>(StoryMapper.toApi(story), story.version));
        });
    }

    @WithTransaction
    public Uni<Versioned<Outlet>> outlet(UUID id) {
        Instant now = RecordingClock.now();
        return deleted(ResourceType.OUTLET, id.toString(), null, "the outlet " + id, now).chain(deleted -> {
            OutletEntity outlet = OutletMapper.fromApi(RevisionMapper.read(deleted.state, Outlet.class));
            outlet.updatedAt = now;
            outlet.version = deleted.version + 1;
            return outlets.findByDomain(outlet.domain).chain(taken -> {
                if (taken != null) {
                    throw ProblemException.conflict("the domain '" + outlet.domain + "' belongs to the outlet " + taken.id
                            + " now; change or delete that one before restoring " + id);
                }
                return outlets.persistAndFlush(outlet)
                        .chain(() -> revisions.restored(List.of(new Restoration(Subject.of(outlet), deleted)), now))
                        .map(ignored -> new Versioned<>(OutletMapper.toApi(outlet), outlet.version));
            });
        });
    }

    @WithTransaction
    public Uni<Versioned<Article>> article(String storyId, UUID id) {
        Instant now = RecordingClock.now();
        return deleted(ResourceType.ARTICLE, id.toString(), storyId, "the article " + id + " of the story '" + storyId + "'", now)
                .call(() -> storyStands(storyId))
                .chain(deleted -> {
                    String url = RevisionMapper.read(deleted.state, Article.class).url();
                    return articles.existsInStory(storyId, url).chain(taken -> {
                        if (taken) {
                            throw ProblemException.conflict("the story '" + storyId + "' has another article at " + url
                                    + " now; delete that one before restoring " + id);
                        }
                        return bringBackArticles(List.of(deleted), now);
                    });
                })
                .map(restored -> new Versioned<>(ArticleMapper.toApi(restored.get(0)), restored.get(0).version));
    }

    @WithTransaction
    public Uni<Versioned<Event>> event(String storyId, UUID id) {
        Instant now = RecordingClock.now();
        return deleted(ResourceType.EVENT, id.toString(), storyId, "the event " + id + " of the story '" + storyId + "'", now)
                .call(() -> storyStands(storyId))
                .chain(deleted -> bringBackEvents(List.of(deleted), now)
                        .call(() -> takenWith(deleted, now)))
                .map(restored -> {
                    EventMapper.Rows rows = restored.get(0);
                    return new Versioned<>(EventMapper.toApi(rows.event(), rows.event().status, rows.participants(),
                            rows.citations()).readAt(clock.now()), rows.event().version);
                });
    }

    @WithTransaction
    public Uni<Versioned<Relation>> relation(String storyId, UUID id) {
        Instant now = RecordingClock.now();
        return deleted(ResourceType.RELATION, id.toString(), storyId, "the relation " + id + " of the story '" + storyId + "'", now)
                .call(() -> storyStands(storyId))
                .call(deleted -> relationHolds(storyId, RevisionMapper.read(deleted.state, Relation.class)))
                .chain(deleted -> bringBackRelations(List.of(deleted), now))
                .map(restored -> new Versioned<>(EventMapper.toApi(restored.get(0)), restored.get(0).version));
    }

    /**
     * The newest revision of the resource, which must be its delete, recorded within the retention.
     * A resource that was never recorded (in that story) is 404, one that stands is 409, one
     * deleted too long ago is 404 naming the retention.
     */
    private Uni<RevisionEntity> deleted(ResourceType type, String id, String storyId, String what, Instant now) {
        return revisions.latest(type, id).map(last -> {
            if (last == null || !Objects.equals(storyId, last.storyId)) {
                throw ProblemException.notFound(what + " was never recorded, so there is nothing to restore");
            }
            if (last.action != RevisionAction.DELETED) {
                throw ProblemException.conflict(what + " is not deleted; only a deleted one can be restored");
            }
            Duration retention = config.restore().retention();
            if (last.recordedAt.plus(retention).isBefore(now)) {
                throw ProblemException.notFound(what + " was deleted at " + last.recordedAt + ", longer ago than the restore"
                        + " retention of " + words(retention) + " (timeline.restore.retention) allows; its revisions stay"
                        + " readable");
            }
            return last;
        });
    }

    private Uni<Void> storyStands(String storyId) {
        return stories.findById(storyId).invoke(story -> {
            if (story == null) {
                throw ProblemException.conflict("the story '" + storyId + "' is deleted; restore the story, which brings"
                        + " back what was deleted with it");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> relationHolds(String storyId, Relation relation) {
        return events.countInStory(storyId, List.of(relation.fromEventId(), relation.toEventId()))
                .invoke(found -> {
                    if (found < 2) {
                        throw ProblemException.conflict("the relation " + relation.id() + " links the events "
                                + relation.fromEventId() + " and " + relation.toEventId() + ", and not both stand;"
                                + " restore the deleted one first");
                    }
                })
                .chain(() -> relations.exists(relation.fromEventId(), relation.toEventId(), relation.type()))
                .invoke(exists -> {
                    if (exists) {
                        throw ProblemException.conflict("the relation " + relation.fromEventId() + " " + relation.type()
                                + " " + relation.toEventId() + " was recorded again since; that one stands");
                    }
                })
                .chain(() -> relation.type() == RelationType.PART_OF
                        ? relations.isPartOf(relation.toEventId(), relation.fromEventId()) : Uni.createFrom().item(false))
                .invoke(cycle -> {
                    if (cycle) {
                        throw new ProblemException(ProblemType.PART_OF_CYCLE, "the event " + relation.toEventId()
                                + " has become part of " + relation.fromEventId() + " since; restoring the relation"
                                + " would close a cycle");
                    }
                })
                .replaceWithVoid();
    }

    /** What a story or event delete took along and is deleted still, in the order rows depend on each other. */
    private Uni<Void> takenWith(RevisionEntity cause, Instant now) {
        return revisions.stillDeletedWith(cause.id).chain(taken -> {
            Map<String, List<RevisionEntity>> byType = taken.stream()
                    .collect(Collectors.groupingBy(r -> r.resourceType, LinkedHashMap::new, Collectors.toList()));
            return bringBackArticles(byType.getOrDefault(ResourceType.ARTICLE.key(), List.of()), now)
                    .chain(() -> bringBackEvents(byType.getOrDefault(ResourceType.EVENT.key(), List.of()), now))
                    .chain(() -> bringBackTransitions(byType.getOrDefault(ResourceType.TRANSITION.key(), List.of()), now))
                    .chain(() -> bringBackRelations(byType.getOrDefault(ResourceType.RELATION.key(), List.of()), now))
                    .replaceWithVoid();
        });
    }

    /** Articles whose outlet is gone come back without one, counted as unmatched like any article of an unknown outlet. */
    private Uni<List<ArticleEntity>> bringBackArticles(List<RevisionEntity> deleted, Instant now) {
        if (deleted.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<ArticleEntity> rows = new ArrayList<>();
        for (RevisionEntity d : deleted) {
            ArticleEntity article = ArticleMapper.fromApi(RevisionMapper.read(d.state, Article.class));
            article.version = d.version + 1;
            rows.add(article);
        }
        return ids(rows.stream().map(a -> a.outletId), outlets::list, o -> o.id).chain(standing -> {
            rows.forEach(a -> a.outletId = standing.contains(a.outletId) ? a.outletId : null);
            return articles.persist(rows)
                    .chain(() -> revisions.restored(restorations(deleted, rows, Subject::of), now))
                    .replaceWith(rows);
        });
    }

    /** Events whose anchor article is gone keep the anchor's time and zone, as they do when an article is deleted. */
    private Uni<List<EventMapper.Rows>> bringBackEvents(List<RevisionEntity> deleted, Instant now) {
        if (deleted.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<EventMapper.Rows> rows = new ArrayList<>();
        for (RevisionEntity d : deleted) {
            EventMapper.Rows event = EventMapper.fromApi(RevisionMapper.read(d.state, Event.class));
            event.event().updatedAt = now;
            event.event().version = d.version + 1;
            rows.add(event);
        }
        return ids(rows.stream().map(r -> r.event().anchorArticleId), articles::list, a -> a.id).chain(standing -> {
            List<EventEntity> eventRows = new ArrayList<>();
            List<EventParticipantEntity> participants = new ArrayList<>();
            List<EventCitationEntity> citations = new ArrayList<>();
            for (EventMapper.Rows r : rows) {
                EventEntity event = r.event();
                event.anchorArticleId = standing.contains(event.anchorArticleId) ? event.anchorArticleId : null;
                eventRows.add(event);
                participants.addAll(r.participants());
                citations.addAll(r.citations());
            }
            return events.persist(eventRows)
                    .chain(() -> events.persistDetails(participants, citations))
                    .chain(() -> revisions.restored(restorations(deleted, rows, r -> Subject.of(r.event(),
                            EventMapper.toApi(r.event(), r.event().status, r.participants(), r.citations()))), now))
                    .replaceWith(rows);
        });
    }

    /** Each event's history in the order it was recorded, numbered again from 1. */
    private Uni<Void> bringBackTransitions(List<RevisionEntity> deleted, Instant now) {
        if (deleted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<UUID, List<Transition>> byEvent = deleted.stream()
                .map(d -> RevisionMapper.read(d.state, Transition.class))
                .sorted(Comparator.comparing(Transition::recordedAt).thenComparing(Transition::id))
                .collect(Collectors.groupingBy(Transition::eventId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, EventTransitionEntity> rows = new LinkedHashMap<>();
        byEvent.values().forEach(history -> {
            for (int i = 0; i < history.size(); i++) {
                EventTransitionEntity t = EventMapper.fromApi(history.get(i), i + 1);
                rows.put(t.id, t);
            }
        });
        List<EventTransitionEntity> inOrder = deleted.stream().map(d -> rows.get(UUID.fromString(d.resourceId))).toList();
        return transitions.persist(rows.values())
                .chain(() -> revisions.restored(restorations(deleted, inOrder, t -> Subject.of(t, deleted.get(0).storyId)), now));
    }

    /** Relations whose events do not both stand stay deleted; each can be restored on its own once they do. */
    private Uni<List<EventRelationEntity>> bringBackRelations(List<RevisionEntity> deleted, Instant now) {
        if (deleted.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<EventRelationEntity> all = new ArrayList<>();
        for (RevisionEntity d : deleted) {
            EventRelationEntity relation = EventMapper.fromApi(RevisionMapper.read(d.state, Relation.class));
            relation.version = d.version + 1;
            all.add(relation);
        }
        return ids(all.stream().flatMap(r -> Stream.of(r.fromEventId, r.toEventId)), events::list, e -> e.id)
                .chain(standing -> {
                    List<RevisionEntity> kept = new ArrayList<>();
                    List<EventRelationEntity> rows = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if (standing.contains(all.get(i).fromEventId) && standing.contains(all.get(i).toEventId)) {
                            kept.add(deleted.get(i));
                            rows.add(all.get(i));
                        }
                    }
                    return relations.persist(rows)
                            .chain(() -> revisions.restored(restorations(kept, rows, Subject::of), now))
                            .replaceWith(rows);
                });
    }

    /** Which of the ids name rows that stand, in one query; the set answers false for null. */
    private static <T> Uni<Set<UUID>> ids(Stream<UUID> wanted, BiFunction<String, Object[], Uni<List<T>>> query,
            Function<T, UUID> id) {
        List<UUID> ids = wanted.filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new HashSet<>());
        }
        return query.apply("id in ?1", new Object[] {ids})
                .map(found -> found.stream().map(id).collect(Collectors.toCollection(HashSet::new)));
    }

    private static <T> List<Restoration> restorations(List<RevisionEntity> deleted, List<T> rows, Function<T, Subject> subject) {
        List<Restoration> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Restoration(subject.apply(rows.get(i)), deleted.get(i)));
        }
        return out;
    }

    private static String words(Duration retention) {
        long days = retention.toDays();
        return Duration.ofDays(days).equals(retention) ? days + (days == 1 ? " day" : " days") : retention.toString();
    }
}
