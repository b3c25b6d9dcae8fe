package io.newsroom.timeline.service;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.InvalidEdtfException;
import io.newsroom.stylebook.Languages;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.timeline.api.Citation;
import io.newsroom.timeline.api.DateValue;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.EventInput;
import io.newsroom.timeline.api.EventPage;
import io.newsroom.timeline.api.Participant;
import io.newsroom.timeline.api.ReviewPage;
import io.newsroom.timeline.api.Transition;
import io.newsroom.timeline.api.TransitionInput;
import io.newsroom.timeline.api.TransitionPage;
import io.newsroom.timeline.domain.EventCitationEntity;
import io.newsroom.timeline.domain.EventEntity;
import io.newsroom.timeline.domain.EventKind;
import io.newsroom.timeline.domain.EventParticipantEntity;
import io.newsroom.timeline.domain.EventStatus;
import io.newsroom.timeline.domain.EventTransitionEntity;
import io.newsroom.timeline.mapping.EventMapper;
import io.newsroom.timeline.repository.EventReads;
import io.newsroom.timeline.repository.EventRepository;
import io.newsroom.timeline.repository.TimelineQuery;
import io.newsroom.timeline.repository.TransitionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class EventService {

    /** The filters of the timeline, already parsed. */
    public record TimelineFilter(Instant from, Instant to, Set<EventStatus> statuses, Set<EventKind> kinds,
            String participant, String text, Instant asOf) {
    }

    private final StoryService stories;
    private final EventRepository events;
    private final TransitionRepository transitions;
    private final RelativeDateService relativeDates;
    private final EventReads reads;
    private final RevisionService revisions;
    private final IdempotencyService idempotency;
    private final ReadClock clock;

    public EventService(StoryService stories, EventRepository events, TransitionRepository transitions,
            RelativeDateService relativeDates, EventReads reads, RevisionService revisions, IdempotencyService idempotency,
            ReadClock clock) {
        this.clock = clock;
        this.reads = reads;
        this.revisions = revisions;
        this.idempotency = idempotency;
        this.stories = stories;
        this.events = events;
        this.transitions = transitions;
        this.relativeDates = relativeDates;
    }

    @WithTransaction
    public Uni<Versioned<Event>> create(String storyId, EventInput input) {
        return stories.require(storyId).chain(() -> resolveWhen(storyId, input)).chain(when -> {
            EventEntity event = new EventEntity();
            event.id = UUID.randomUUID();
            event.storyId = storyId;
            Details details = apply(input, when, event);
            Instant now = RecordingClock.now();
            event.status = input.status() == null ? EventStatus.SCHEDULED : input.status();
            if (event.status == EventStatus.OCCURRED) {
                requirePast(event, now);
            }
            event.recordedAt = now;
            event.updatedAt = now;
            EventTransitionEntity recorded = new EventTransitionEntity();
            recorded.id = UUID.randomUUID();
            recorded.eventId = event.id;
            recorded.seq = 1;
            recorded.toStatus = event.status;
            recorded.at = now;
            recorded.recordedAt = now;
            return events.persist(event)
                    .chain(() -> transitions.persist(recorded))
                    .chain(() -> events.replaceDetails(event.id, details.participants(), details.citations()))
                    .map(ignored -> versioned(event, details))
                    .call(created -> revisions.created(RevisionService.Subject.of(event, created.body()), now))
                    .call(() -> revisions.created(RevisionService.Subject.of(recorded, storyId), now))
                    .map(this::readNow);
        });
    }

    /** One statement: the story, the event, its participants and citations. */
    public Uni<Versioned<Event>> get(String storyId, UUID id) {
        return reads.event(storyId, id).map(found -> new Versioned<>(found.event().readAt(clock.now()), found.version()));
    }

    @WithTransaction
    public Uni<Versioned<Event>> replace(String storyId, UUID id, String ifMatch, EventInput input) {
        if (input.status() != null) {
            // Replacing the status would skip the transition rules and the history that cites each change.
            throw ProblemException.invalid("status", "a replace does not change the status; record the change with"
                    + " POST /api/timeline/stories/" + storyId + "/events/" + id + "/transitions (createTransition),"
                    + " citing the report of it");
        }
        return require(storyId, id, false).chain(event -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(event.version), "the event " + id);
            return resolveWhen(storyId, input).chain(when -> {
                Details details = apply(input, when, event);
                event.updatedAt = RecordingClock.now();
                return events.replaceDetails(event.id, details.participants(), details.citations())
                        .map(ignored -> versioned(event, details))
                        .call(replaced -> revisions.updated(RevisionService.Subject.of(event, replaced.body()), event.updatedAt))
                        .map(this::readNow);
            });
        });
    }

    @WithTransaction
    public Uni<Void> delete(String storyId, UUID id, String ifMatch) {
        return require(storyId, id, false).chain(event -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(event.version), "the event " + id);
            // Its history and its relations go with it, each with a revision naming this one.
            return stored(event)
                    .chain(state -> revisions.deleted(RevisionService.Subject.of(event, state), RecordingClock.now()))
                    .call(deleted -> revisions.deletedWithEvent(deleted, id))
                    .call(() -> idempotency.forgetCreated("/stories/" + storyId + "/events/" + id))
                    .chain(() -> events.deleteInStory(storyId, id));
        }).replaceWithVoid();
    }

    /** One statement, whatever the filters: see {@link TimelineQuery}. */
    public Uni<EventPage> timeline(String storyId, TimelineFilter filter, int limit, String after) {
        TimelineQuery query = new TimelineQuery(storyId, filter.from(), filter.to(), filter.statuses(), filter.kinds(),
                filter.participant(), filter.text(), filter.asOf(), decodeSortKey(after), limit + 1);
        // As of an instant, overdue as it stood then: expected by then and not confirmed by then.
        Instant readAt = filter.asOf() == null ? clock.now() : filter.asOf();
        return reads.timeline(query).map(rows -> page(rows, limit, readAt));
    }

    /** A page from one row more than asked, each event read at the instant. */
    static EventPage page(List<EventReads.PageRow> rows, int limit, Instant readAt) {
        boolean more = rows.size() > limit;
        List<EventReads.PageRow> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? encodeSortKey(shown.get(shown.size() - 1).key()) : null;
        return new EventPage(shown.stream().map(row -> row.event().readAt(readAt)).toList(), next);
    }

    /**
     * The events across all stories that are overdue now (still expected, their time passed), in
     * timeline order: the desk's "did it happen?" list.
     */
    public Uni<EventPage> overdue(int limit, String after) {
        Instant now = clock.now();
        return reads.overdue(now, decodeSortKey(after), limit + 1).map(rows -> page(rows, limit, now));
    }

    /**
     * What is expected across all stories (SCHEDULED, POSTPONED or RESCHEDULED) whose time meets
     * [from, to], in timeline order: the forward-planning desk's diary.
     */
    public Uni<EventPage> diary(Instant from, Instant to, int limit, String after) {
        return reads.diary(from, to, decodeSortKey(after), limit + 1).map(rows -> page(rows, limit, clock.now()));
    }

    /** The story's events that cite a corrected or retracted article, for the desk to check again. */
    public Uni<ReviewPage> review(String storyId, int limit, String after) {
        return reads.review(storyId, decodeSortKey(after), limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            List<EventReads.ReviewRow> shown = more ? rows.subList(0, limit) : rows;
            String next = more ? encodeSortKey(shown.get(shown.size() - 1).key()) : null;
            return new ReviewPage(shown.stream().map(EventReads.ReviewRow::item).toList(), next);
        });
    }

    private Versioned<Event> readNow(Versioned<Event> written) {
        return new Versioned<>(written.body().readAt(clock.now()), written.version());
    }

    @WithTransaction
    public Uni<Transition> transition(String storyId, UUID eventId, TransitionInput input) {
        return require(storyId, eventId, true).chain(event -> {
            EventStatus from = event.status;
            EventStatus to = input.status();
            if (!from.canBecome(to)) {
                throw new ProblemException(ProblemType.TRANSITION_REFUSED, from.refusal(to));
            }
            Instant now = RecordingClock.now();
            Instant at = evidence(input, now);
            Edtf newWhen = null;
            if (to == EventStatus.RESCHEDULED) {
                if (input.newWhen() == null) {
                    throw ProblemException.invalid("newWhen", "a RESCHEDULED transition needs newWhen, the new date");
                }
                newWhen = parse(input.newWhen(), "newWhen.edtf");
            } else if (input.newWhen() != null) {
                throw ProblemException.invalid("newWhen", "only a RESCHEDULED transition carries a new date");
            }
            EventTransitionEntity t = new EventTransitionEntity();
            t.id = UUID.randomUUID();
            t.eventId = eventId;
            t.fromStatus = from;
            t.toStatus = to;
            t.at = at;
            t.recordedAt = now;
            applyCitation(input.citation(), t);
            if (newWhen != null) {
                t.previousWhenEdtf = event.whenEdtf;
                t.newWhenEdtf = newWhen.text();
                event.setWhen(newWhen);
                // The new date was reported as a date, so the old phrase no longer explains it.
                event.relativePhrase = null;
                event.anchorArticleId = null;
                event.anchorPublishedAt = null;
                event.anchorZone = null;
            }
            if (to == EventStatus.OCCURRED) {
                requirePast(event, now);
            }
            event.status = to;
            event.updatedAt = now;
            return transitions.lastSeq(eventId)
                    .invoke(seq -> t.seq = seq + 1)
                    .chain(() -> transitions.persist(t))
                    .chain(() -> transitions.flush())
                    .call(() -> revisions.created(RevisionService.Subject.of(t, storyId), now))
                    // A status change is a change of its event too: the event's revision shows status (and date) before and after.
                    .call(() -> stored(event).chain(state -> revisions.updated(RevisionService.Subject.of(event, state), now)))
                    .map(ignored -> EventMapper.toApi(t));
        });
    }

    @WithSession
    public Uni<Transition> getTransition(String storyId, UUID eventId, UUID id) {
        return require(storyId, eventId, false)
                .chain(() -> transitions.findOfEvent(eventId, id))
                .map(t -> {
                    if (t == null) {
                        throw ProblemException.notFound("the event " + eventId + " has no transition " + id);
                    }
                    return EventMapper.toApi(t);
                });
    }

    @WithSession
    public Uni<TransitionPage> history(String storyId, UUID eventId, int limit, String after) {
        Cursor cursor = Cursor.decode(after, 1);
        int afterSeq = cursor == null ? 0 : (int) cursor.number(0);
        return require(storyId, eventId, false)
                .chain(() -> transitions.history(eventId, afterSeq, limit + 1))
                .map(rows -> {
                    boolean more = rows.size() > limit;
                    List<EventTransitionEntity> shown = more ? rows.subList(0, limit) : rows;
                    String next = more ? Cursor.encode(shown.get(shown.size() - 1).seq) : null;
                    return new TransitionPage(shown.stream().map(EventMapper::toApi).toList(), next);
                });
    }

    /**
     * When the change happened: as given, else when its report was published. A change needs its
     * report unless the desk says there is none; the time it is recorded is no evidence of when it
     * happened, so only an unsourced change falls back to it.
     */
    private static Instant evidence(TransitionInput input, Instant now) {
        boolean unsourced = Boolean.TRUE.equals(input.unsourced());
        if (input.citation() == null && !unsourced) {
            throw ProblemException.invalid("citation", "a status change cites the report of it; give citation,"
                    + " or unsourced: true when there is none");
        }
        if (input.citation() != null && unsourced) {
            throw ProblemException.invalid("unsourced", "a status change with a citation is sourced; drop unsourced"
                    + " or the citation");
        }
        if (input.at() != null) {
            return input.at();
        }
        if (input.citation() != null) {
            if (input.citation().publishedAt() == null) {
                throw ProblemException.invalid("at", "the citation has no publishedAt to date the change by; give at,"
                        + " when the change happened, or the citation's publishedAt");
            }
            return input.citation().publishedAt();
        }
        return now;
    }

    /** An event cannot have occurred before the earliest instant its date allows. */
    private static void requirePast(EventEntity event, Instant now) {
        if (event.earliest.isAfter(now)) {
            throw new ProblemException(ProblemType.TRANSITION_REFUSED, "an event dated " + event.whenEdtf
                    + " cannot have occurred yet: its earliest instant " + event.earliest + " is still in the future",
                    List.of(new FieldProblem("status", "OCCURRED needs a date that has begun")));
        }
    }

    /** 404 for an unknown story, then for an event that is not in it. */
    private Uni<EventEntity> require(String storyId, UUID id, boolean lock) {
        return stories.require(storyId)
                .chain(() -> lock ? events.findInStoryForUpdate(storyId, id) : events.findInStory(storyId, id))
                .map(event -> {
                    if (event == null) {
                        throw ProblemException.notFound("the story '" + storyId + "' has no event " + id);
                    }
                    return event;
                });
    }

    private record Details(List<EventParticipantEntity> participants, List<EventCitationEntity> citations) {
    }

    /**
     * Events anchored to an article that is being deleted stop naming it but keep the anchor's
     * time and zone, so their dates still explain themselves; each change is a revision.
     */
    Uni<Void> detachAnchor(String storyId, UUID articleId, Instant at) {
        return events.list("storyId = ?1 and anchorArticleId = ?2", storyId, articleId).chain(anchored -> {
            anchored.forEach(event -> {
                event.anchorArticleId = null;
                event.updatedAt = at;
            });
            return events.flush().chain(() -> Multi.createFrom().iterable(anchored)
                    .onItem().transformToUniAndConcatenate(event -> stored(event)
                            .chain(state -> revisions.updated(RevisionService.Subject.of(event, state), at)))
                    .collect().asList());
        }).replaceWithVoid();
    }

    /** The event as the API serves it, its participants and citations read from the database. */
    private Uni<Event> stored(EventEntity event) {
        return events.participantsOf(List.of(event.id)).chain(participants -> events.citationsOf(List.of(event.id))
                .map(citations -> EventMapper.toApi(event, event.status, participants, citations)));
    }

    /** The date of the input: its EDTF, or its relative phrase resolved against the anchor. */
    private Uni<RelativeDateService.Resolution> resolveWhen(String storyId, EventInput input) {
        if ((input.when() == null) == (input.relativeWhen() == null)) {
            throw ProblemException.invalid("when", "give exactly one of 'when' (EDTF) and 'relativeWhen' (phrase and anchor)");
        }
        if (input.when() != null) {
            return Uni.createFrom().item(new RelativeDateService.Resolution(parse(input.when(), "when.edtf"), null, null));
        }
        return relativeDates.resolve(input.relativeWhen(), storyId, "relativeWhen.");
    }

    /** Copies the editable fields and the resolved date; status is left to transitions. */
    private static Details apply(EventInput input, RelativeDateService.Resolution resolved, EventEntity event) {
        Edtf when = resolved.date();
        event.relativePhrase = resolved.phrase();
        event.anchorArticleId = resolved.anchor() == null ? null : resolved.anchor().articleId();
        event.anchorPublishedAt = resolved.anchor() == null ? null : resolved.anchor().publishedAt();
        event.anchorZone = resolved.anchor() == null ? null : resolved.anchor().zone();
        Edtf end = input.end() == null ? null : parse(input.end(), "end.edtf");
        if (end != null && end.latest().isBefore(when.earliest())) {
            throw ProblemException.invalid("end", "the end (" + end + ") lies entirely before the start (" + when + ")");
        }
        event.title = input.title().strip();
        event.description = input.description();
        event.kind = input.kind();
        event.setLanguage(language(input.language()));
        event.setWhen(when);
        event.setEnd(end);
        event.locationName = input.location() == null ? null : input.location().name().strip();
        event.latitude = input.location() == null ? null : input.location().latitude();
        event.longitude = input.location() == null ? null : input.location().longitude();
        event.position = input.position();
        return new Details(participants(event.id, input.participants()), citations(event.id, input.citations()));
    }

    private static String language(String tag) {
        try {
            return Languages.normalise(tag);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("language", e.getMessage());
        }
    }

    private static Edtf parse(DateValue date, String field) {
        try {
            return Edtf.parse(date.edtf());
        } catch (InvalidEdtfException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static List<EventParticipantEntity> participants(UUID eventId, List<Participant> given) {
        List<EventParticipantEntity> out = new ArrayList<>();
        if (given != null) {
            for (Participant p : given) {
                EventParticipantEntity row = new EventParticipantEntity();
                row.eventId = eventId;
                row.ordinal = out.size();
                row.name = p.name().strip();
                row.wikidataId = p.wikidataId();
                out.add(row);
            }
        }
        return out;
    }

    private static List<EventCitationEntity> citations(UUID eventId, List<Citation> given) {
        List<EventCitationEntity> out = new ArrayList<>();
        if (given != null) {
            for (Citation c : given) {
                EventCitationEntity row = new EventCitationEntity();
                row.eventId = eventId;
                row.ordinal = out.size();
                row.url = normalisedUrl(c.url(), "citations[" + out.size() + "].url");
                row.outlet = c.outlet();
                row.title = c.title();
                row.publishedAt = c.publishedAt();
                row.quote = c.quote();
                out.add(row);
            }
        }
        return out;
    }

    private static void applyCitation(Citation c, EventTransitionEntity t) {
        if (c == null) {
            return;
        }
        t.citationUrl = normalisedUrl(c.url(), "citation.url");
        t.citationOutlet = c.outlet();
        t.citationTitle = c.title();
        t.citationPublishedAt = c.publishedAt();
        t.citationQuote = c.quote();
    }

    private static String normalisedUrl(String url, String field) {
        try {
            return CitationUrl.normalise(url);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static Versioned<Event> versioned(EventEntity event, Details details) {
        return new Versioned<>(EventMapper.toApi(event, event.status, details.participants(), details.citations()),
                event.version);
    }

    /** The cursor of a timeline page: the sort key of its last event (the story window pages the same way). */
    static String encodeSortKey(TimelineQuery.SortKey key) {
        return Cursor.encode(key.earliest(), key.latest(), key.sortPosition(), key.id());
    }

    static TimelineQuery.SortKey decodeSortKey(String cursor) {
        Cursor key = Cursor.decode(cursor, 4);
        return key == null ? null : new TimelineQuery.SortKey(key.instant(0), key.instant(1),
                (int) key.number(2), key.uuid(3));
    }
}
