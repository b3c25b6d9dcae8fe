package io.newsroom.gateway.client;

import static io.newsroom.gateway.mapping.TimelineContractMapper.offset;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.newsroom.gateway.client.timeline.api.CoverageApi;
import io.newsroom.gateway.client.timeline.api.OutletsApi;
import io.newsroom.gateway.client.timeline.api.RelationsApi;
import io.newsroom.gateway.client.timeline.api.StoriesApi;
import io.newsroom.gateway.client.timeline.api.TimelineApi;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventRelation;
import io.newsroom.gateway.domain.RelationType;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.TimelineWindow;
import io.newsroom.gateway.mapping.TimelineContractMapper;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * The timeline-service as the gateway calls it, over the clients generated from its contract. The policy fits the
 * story view's budget (3 s): a call waits 1 s, a read retries once (reads are idempotent), so a read gives up within
 * about 2 s. Writes do not retry (an import retries them itself, under the same Idempotency-Key) and wait longer.
 * A refusal (4xx) neither retries nor trips a breaker, and an open breaker is not retried either: retrying into
 * it would only fail again at once. An open breaker lets a trial call through after 2 s, so a service that comes
 * back is in the views again within a few seconds.
 */
@Timeout(value = 1, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
        skipOn = ServiceRejectedException.class)
@ApplicationScoped
public class TimelineClient {

    /**
     * The service's name, and the name of the breaker of the story view's one call to it ({@code window}). SmallRye
     * refuses one breaker name on two methods, so the other calls (exports, imports) keep breakers of their own,
     * named after the service; the view asks each service exactly once, so its breaker is the service's for it.
     */
    public static final String SERVICE = "timeline-service";
    /** If-Match: * (RFC 9110 13.1.1), any stored version. */
    private static final String ANY_VERSION = "*";

    private final StoriesApi stories;
    private final TimelineApi events;
    private final RelationsApi relations;
    private final CoverageApi coverage;
    private final OutletsApi outlets;
    private final TimelineWindowApi windows;
    private final Replays replays;

    public TimelineClient(@RestClient StoriesApi stories, @RestClient TimelineApi events, @RestClient RelationsApi relations,
            @RestClient CoverageApi coverage, @RestClient OutletsApi outlets, @RestClient TimelineWindowApi windows,
            Replays replays) {
        this.stories = stories;
        this.windows = windows;
        this.events = events;
        this.relations = relations;
        this.coverage = coverage;
        this.outlets = outlets;
        this.replays = replays;
    }

    /*
     * Every read takes asOf: the instant to read the record as it stood then (from the service's revisions), or null
     * for the record as it stands.
     */

    /** @return the story, or a null item when the timeline-service does not know it (then) */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-story")
    public Uni<Story> findStory(String storyId, Instant asOf) {
        return Failures.nullOnNotFound(SERVICE, stories.getStory(storyId, offset(asOf)).map(TimelineContractMapper::story));
    }

    /**
     * @param held the window a recent view got, with its tag, or null: asked with If-None-Match, the service answers
     *        304 while it still holds, and the held window is the answer, unread and unmapped
     * @return one window of the story with its tag, or a null item when the timeline-service does not know it (then)
     */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE)
    public Uni<Tagged<TimelineWindow>> window(String storyId, int limit, String after, Instant asOf, Tagged<TimelineWindow> held) {
        return Failures.nullOnNotFound(SERVICE, windows.getStoryWindow(storyId, limit, after, offset(asOf),
                        held == null ? null : held.etag())
                .map(answer -> answer.getStatus() == 304 ? held
                        : new Tagged<>(TimelineContractMapper.window(answer.getEntity()), answer.getHeaderString("ETag"))));
    }

    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-events")
    public Uni<Page<Event>> events(String storyId, String after, int limit, Instant asOf) {
        return Failures.translated(SERVICE, events.listEvents(storyId, after, offset(asOf), null, null, limit, null, null, null, null)
                .map(p -> new Page<>(p.getItems() == null ? java.util.List.of()
                        : p.getItems().stream().map(TimelineContractMapper::event).toList(), p.getNextCursor())));
    }

    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-relations")
    public Uni<Page<EventRelation>> relations(String storyId, String after, int limit, Instant asOf) {
        return Failures.translated(SERVICE, relations.listRelations(storyId, after, offset(asOf), limit)
                .map(p -> new Page<>(p.getItems() == null ? java.util.List.of()
                        : p.getItems().stream().map(TimelineContractMapper::relation).toList(), p.getNextCursor())));
    }

    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-articles")
    public Uni<Page<Article>> articles(String storyId, String after, int limit, Instant asOf) {
        return Failures.translated(SERVICE, coverage.listArticles(storyId, after, offset(asOf), limit)
                .map(p -> new Page<>(p.getItems() == null ? java.util.List.of()
                        : p.getItems().stream().map(TimelineContractMapper::article).toList(), p.getNextCursor())));
    }

    /** One outlet by its id (its bias rating of then, as of an instant); a null item when the service does not know it. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-outlet")
    public Uni<Outlet> findOutlet(String outletId, Instant asOf) {
        return Failures.nullOnNotFound(SERVICE, outlets.getOutlet(outletId, offset(asOf)).map(TimelineContractMapper::outlet));
    }

    /** One event of the story; a null item when the service does not know it (or it was deleted). */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-event")
    public Uni<Event> findEvent(String storyId, String eventId) {
        return Failures.nullOnNotFound(SERVICE, events.getEvent(storyId, eventId, null).map(TimelineContractMapper::event));
    }

    /** One article of the story's coverage; a null item when the service does not know it. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-article")
    public Uni<Article> findArticle(String storyId, String articleId) {
        return Failures.nullOnNotFound(SERVICE, coverage.getArticle(storyId, articleId, null).map(TimelineContractMapper::article));
    }

    /** One relation of the story; a null item when the service does not know it. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-relation")
    public Uni<EventRelation> findRelation(String storyId, String relationId) {
        return Failures.nullOnNotFound(SERVICE, relations.getRelation(storyId, relationId, null).map(TimelineContractMapper::relation));
    }

    /** The outlet that owns a domain (the service also matches www. and parent domains); null item when none. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-outlet-by-domain")
    public Uni<Outlet> outletByDomain(String domain) {
        return Failures.translated(SERVICE, outlets.listOutlets(null, null, domain, 1)
                .map(p -> p.getItems() == null || p.getItems().isEmpty() ? null : TimelineContractMapper.outlet(p.getItems().get(0))));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-story")
    public Uni<Created<Story>> createStory(String idempotencyKey, Story story) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.storyInput(story))
                .chain(input -> stories.createStory(input, idempotencyKey)).map(TimelineContractMapper::story))
                .map(item -> created(idempotencyKey, item));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-outlet")
    public Uni<Created<Outlet>> createOutlet(String idempotencyKey, Outlet outlet) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.outletInput(outlet))
                .chain(input -> outlets.createOutlet(input, idempotencyKey)).map(TimelineContractMapper::outlet))
                .map(item -> created(idempotencyKey, item));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-article")
    public Uni<Created<Article>> createArticle(String idempotencyKey, String storyId, Article article, String outletId) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.articleInput(article, outletId))
                .chain(input -> coverage.createArticle(storyId, input, idempotencyKey)).map(TimelineContractMapper::article))
                .map(item -> created(idempotencyKey, item));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-event")
    public Uni<Created<Event>> createEvent(String idempotencyKey, String storyId, Event event) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.eventInput(event))
                .chain(input -> events.createEvent(storyId, input, idempotencyKey)).map(TimelineContractMapper::event))
                .map(item -> created(idempotencyKey, item));
    }

    /** An event dated by a relative phrase and its anchor, the publication of the article it was read in. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-event-from-phrase")
    public Uni<Created<Event>> createEventFromPhrase(String idempotencyKey, String storyId, Event event, String phrase,
            Instant publishedAt, String zone) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.eventInputFromPhrase(event, phrase, publishedAt, zone))
                .chain(input -> events.createEvent(storyId, input, idempotencyKey)).map(TimelineContractMapper::event))
                .map(item -> created(idempotencyKey, item));
    }

    /**
     * Adds a citation to an event of the story, keeping everything else it holds: the event is read whole and written
     * back with the citation added, unless it already cites that passage of that article. Repeating it is harmless,
     * so it may retry.
     *
     * @return true when the citation was added, false when the event already had it; a null item when the event is
     *         not in the story
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-cite-in-event")
    public Uni<Boolean> citeInEvent(String storyId, String eventId, io.newsroom.gateway.domain.Citation citation) {
        return Failures.nullOnNotFound(SERVICE, events.getEvent(storyId, eventId, null)
                .chain(stored -> TimelineContractMapper.cites(stored, citation) ? Uni.createFrom().item(false)
                        // The event was just read whole, so whatever version is stored is the one read.
                        : events.replaceEvent(storyId, eventId, ANY_VERSION, TimelineContractMapper.eventInputCiting(stored, citation))
                                .map(replaced -> true)));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-relation")
    public Uni<Created<EventRelation>> createRelation(String idempotencyKey, String storyId, String fromEventId, String toEventId, RelationType type) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.relationInput(fromEventId, toEventId, type))
                .chain(input -> relations.createRelation(storyId, input, idempotencyKey)).map(TimelineContractMapper::relation))
                .map(item -> created(idempotencyKey, item));
    }

    private <T> Created<T> created(String idempotencyKey, T item) {
        return new Created<>(item, replays.replayed(idempotencyKey));
    }
}
