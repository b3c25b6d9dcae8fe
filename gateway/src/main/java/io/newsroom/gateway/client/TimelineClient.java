package io.newsroom.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
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
import io.newsroom.gateway.mapping.TimelineContractMapper;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * The timeline-service as the gateway calls it, over the clients generated from its contract. Reads retry (they
 * are idempotent); writes do not (an import retries them itself, under the same Idempotency-Key), and wait longer.
 * The timeout and breaker on the class apply to every call, each method with a breaker of its own (named on the
 * method); a refusal (4xx) neither retries nor trips a breaker.
 */
@Timeout(value = 2, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ServiceRejectedException.class)
@ApplicationScoped
public class TimelineClient {

    static final String SERVICE = "timeline-service";

    private final StoriesApi stories;
    private final TimelineApi events;
    private final RelationsApi relations;
    private final CoverageApi coverage;
    private final OutletsApi outlets;

    public TimelineClient(@RestClient StoriesApi stories, @RestClient TimelineApi events, @RestClient RelationsApi relations,
            @RestClient CoverageApi coverage, @RestClient OutletsApi outlets) {
        this.stories = stories;
        this.events = events;
        this.relations = relations;
        this.coverage = coverage;
        this.outlets = outlets;
    }

    /** @return the story, or a null item when the timeline-service does not know it */
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-find-story")
    public Uni<Story> findStory(String storyId) {
        return Failures.nullOnNotFound(SERVICE, stories.getStory(storyId).map(TimelineContractMapper::story));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-events")
    public Uni<Page<Event>> events(String storyId, String after, int limit) {
        return Failures.translated(SERVICE, events.listEvents(storyId, after, null, null, null, limit, null, null, null, null)
                .map(p -> new Page<>(p.getItems() == null ? java.util.List.of()
                        : p.getItems().stream().map(TimelineContractMapper::event).toList(), p.getNextCursor())));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-relations")
    public Uni<Page<EventRelation>> relations(String storyId, String after, int limit) {
        return Failures.translated(SERVICE, relations.listRelations(storyId, after, limit)
                .map(p -> new Page<>(p.getItems() == null ? java.util.List.of()
                        : p.getItems().stream().map(TimelineContractMapper::relation).toList(), p.getNextCursor())));
    }

    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-articles")
    public Uni<Page<Article>> articles(String storyId, String after, int limit) {
        return Failures.translated(SERVICE, coverage.listArticles(storyId, after, limit)
                .map(p -> new Page<>(p.getItems() == null ? java.util.List.of()
                        : p.getItems().stream().map(TimelineContractMapper::article).toList(), p.getNextCursor())));
    }

    /** One outlet by its id; a null item when the service does not know it. */
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-find-outlet")
    public Uni<Outlet> findOutlet(String outletId) {
        return Failures.nullOnNotFound(SERVICE, outlets.getOutlet(outletId).map(TimelineContractMapper::outlet));
    }

    /** The outlet that owns a domain (the service also matches www. and parent domains); null item when none. */
    @Retry(maxRetries = 2, delay = 50, abortOn = ServiceRejectedException.class)
    @CircuitBreakerName("timeline-outlet-by-domain")
    public Uni<Outlet> outletByDomain(String domain) {
        return Failures.translated(SERVICE, outlets.listOutlets(null, domain, 1)
                .map(p -> p.getItems() == null || p.getItems().isEmpty() ? null : TimelineContractMapper.outlet(p.getItems().get(0))));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("timeline-create-story")
    public Uni<Story> createStory(String idempotencyKey, Story story) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.storyInput(story))
                .chain(input -> stories.createStory(input, idempotencyKey)).map(TimelineContractMapper::story));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("timeline-create-outlet")
    public Uni<Outlet> createOutlet(String idempotencyKey, Outlet outlet) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.outletInput(outlet))
                .chain(input -> outlets.createOutlet(input, idempotencyKey)).map(TimelineContractMapper::outlet));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("timeline-create-article")
    public Uni<Article> createArticle(String idempotencyKey, String storyId, Article article, String outletId) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.articleInput(article, outletId))
                .chain(input -> coverage.createArticle(storyId, input, idempotencyKey)).map(TimelineContractMapper::article));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("timeline-create-event")
    public Uni<Event> createEvent(String idempotencyKey, String storyId, Event event) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.eventInput(event))
                .chain(input -> events.createEvent(storyId, input, idempotencyKey)).map(TimelineContractMapper::event));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("timeline-create-relation")
    public Uni<EventRelation> createRelation(String idempotencyKey, String storyId, String fromEventId, String toEventId, RelationType type) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> TimelineContractMapper.relationInput(fromEventId, toEventId, type))
                .chain(input -> relations.createRelation(storyId, input, idempotencyKey)).map(TimelineContractMapper::relation));
    }
}
