package io.newsroom.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.client.CallerToken;
import io.newsroom.gateway.client.ClaimsReader;
import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.client.Tagged;
import io.newsroom.gateway.client.TimelineReader;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.ClaimsWindow;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.TimelineWindow;
import io.newsroom.gateway.mapping.StoryViewMapper;
import io.newsroom.gateway.view.StoryView;
import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Composes a window on a story: the timeline-service's window (it decides the page) and the claims made at that
 * page's events; each service is asked once per view. Each is asked whether the half a recent view got still holds
 * (see {@link RecentHalves}); when the page is one seen a moment ago, both are asked at once. Claims that fail leave
 * the timeline standing (degraded, or a recent claims half marked stale); a timeline that fails can only be replaced
 * by a recent one, as without a page there is nothing to hang the claims on. Readers of the same page at the same
 * moment share one round of asking ({@link SharedRounds}), never one begun before they asked.
 * <p>
 * A view as of a past instant is never one of the recent halves: it is not kept (it is not the story as it stands),
 * and a service that fails on it is not stood in for by a half kept from a current view. Its timeline failing is
 * 503, its claims failing leaves them out (degraded).
 */
@ApplicationScoped
public class StoryViewService {

    private static final Logger LOG = Logger.getLogger(StoryViewService.class);
    /** Below this, asking the claims-service is pointless: it would be cut off before it could answer. */
    private static final Duration LEAST_FOR_CLAIMS = Duration.ofMillis(50);

    private final TimelineReader timeline;
    private final ClaimsReader claims;
    private final RecentHalves recent;
    private final GatewayConfig config;
    private final ObjectMapper json;
    private final SharedRounds<Composed> rounds = new SharedRounds<>();

    public StoryViewService(TimelineReader timeline, ClaimsReader claims, RecentHalves recent, GatewayConfig config,
            ObjectMapper json) {
        this.timeline = timeline;
        this.claims = claims;
        this.recent = recent;
        this.config = config;
        this.json = json;
    }

    /**
     * A window on the story, written as JSON with its entity tag when it is complete and fresh. A view
     * composed from the same tagged halves as a recent one is that one's bytes: a story of real size is some hundreds
     * of kilobytes of JSON, and writing it again for every reader cost more than everything else a view does.
     */
    public Uni<Written> written(String storyId, int limit, String after, Instant asOf) {
        return composed(storyId, limit, after, asOf).map(composed -> {
            if (composed.halves() == null) {
                return Written.of(json, composed.view().get());
            }
            return recent.written(composed.halves(), () -> Written.of(json, composed.view().get()));
        });
    }

    /**
     * The reader page of a window on the story, rendered by {@code render}; a page rendered from the same
     * tagged halves a moment ago is that one, as {@link #written} does for the JSON. Rendering a page of a story of
     * real size (hundreds of claims) costs far more than everything else a page does.
     *
     * @param variant what the page depends on besides the view (the address its ClaimReview names the publisher by)
     * @see #composed
     */
    public Uni<RenderedPage> rendered(String storyId, int limit, String after, Instant asOf, String variant,
            Function<StoryView, String> render) {
        return composed(storyId, limit, after, asOf).map(composed -> {
            Supplier<RenderedPage> page = () -> {
                StoryView view = composed.view().get();
                return new RenderedPage(render.apply(view), view.complete());
            };
            return composed.halves() == null ? page.get() : recent.rendered(composed.halves() + '\n' + variant, page);
        });
    }

    /**
     * A view, composed when asked for (a view written from the same halves a moment ago need not be composed at all),
     * and, when both its halves carry their services' tags, what names those halves: the page asked for, the two tags
     * and which half is stale.
     */
    public record Composed(Supplier<StoryView> view, String halves) {
    }

    /**
     * @param limit the page size, already checked (1 to 200)
     * @param after the timeline's cursor of the previous page, or null for the first
     * @param asOf the instant to show the story as of, or null for the story as it stands
     * @throws StoryNotFoundException (as a failure) when the timeline-service does not know the story
     * @throws ServicesUnavailableException (as a failure) when the timeline did not answer and no recent one is kept
     */
    protected Uni<Composed> composed(String storyId, int limit, String after, Instant asOf) {
        if (asOf != null) {
            return asked(storyId, limit, after, asOf);
        }
        // Readers of the same page with the same token share a round of asking; see SharedRounds.
        String token = CallerToken.callersAuthorization();
        return rounds.join(RecentHalves.timelineKey(storyId, limit, after) + '\n' + (token == null ? "" : token),
                () -> asked(storyId, limit, after, null));
    }

    private Uni<Composed> asked(String storyId, int limit, String after, Instant asOf) {
        long deadline = System.nanoTime() + config.viewBudget().toNanos();
        String timelineKey = RecentHalves.timelineKey(storyId, limit, after);
        Tagged<TimelineWindow> held = asOf == null ? recent.timeline(timelineKey) : null;
        Uni<Half<TimelineWindow>> timelineHalf = timeline.window(storyId, limit, after, asOf, held)
                .invoke(half -> {
                    if (asOf == null) {
                        recent.keepTimeline(timelineKey, half);
                    }
                })
                .map(half -> new Half<>(half.value(), false, half.etag()))
                .onFailure(f -> f instanceof ServiceRejectedException r && !r.refusesTheCaller())
                .transform(rejected -> refusal(rejected, after, asOf))
                .onFailure(f -> !isTheClients(f)).recoverWithUni(failure -> asOf == null
                        ? recentTimeline(storyId, held, failure)
                        : Uni.createFrom().failure(pastTimelineUnavailable(storyId, failure)));
        if (held == null) {
            return timelineHalf.chain(t -> claimsOf(storyId, t.value(), deadline, asOf).map(c -> compose(timelineKey, t, c, asOf)));
        }
        // A page seen a moment ago names the events its claims are asked for now, at the same time as the timeline:
        // one round trip instead of two. Only when the page has changed are its claims asked for again.
        List<String> heldEvents = eventIds(held.value());
        return Uni.combine().all().unis(timelineHalf, claimsOf(storyId, held.value(), deadline, null)).asTuple()
                .chain(both -> eventIds(both.getItem1().value()).equals(heldEvents)
                        ? Uni.createFrom().item(compose(timelineKey, both.getItem1(), both.getItem2(), null))
                        : claimsOf(storyId, both.getItem1().value(), deadline, null)
                                .map(c -> compose(timelineKey, both.getItem1(), c, null)));
    }

    /**
     * A half as the view got it: fresh from its service, or kept from a recent view because the service failed; with
     * the tag its service gave it, if any.
     */
    record Half<T>(T value, boolean stale, String etag) {
    }

    private Composed compose(String timelineKey, Half<TimelineWindow> t, Half<ClaimsWindow> c, Instant asOf) {
        List<String> stale = new ArrayList<>();
        if (t.stale()) {
            stale.add(StoryViewMapper.TIMELINE);
        }
        if (c != null && c.stale()) {
            stale.add(StoryViewMapper.CLAIMS);
        }
        Supplier<StoryView> view = () -> StoryViewMapper.compose(t.value(), c == null ? null : c.value(), stale, asOf);
        // A stale view is written once too: while a service fails, every reader gets it, and writing it anew for each
        // would load the gateway most just when it is least able to bear it.
        boolean tagged = asOf == null && c != null && t.etag() != null && c.etag() != null;
        return new Composed(view, tagged ? String.join("\n", timelineKey, t.etag(), String.valueOf(t.stale()), c.etag(),
                String.valueOf(c.stale()), String.valueOf(config.viewDisputes())) : null);
    }

    private static List<String> eventIds(TimelineWindow page) {
        return page.events().stream().map(Event::id).toList();
    }

    private Uni<Half<TimelineWindow>> recentTimeline(String storyId, Tagged<TimelineWindow> held, Throwable failure) {
        LOG.warnf("timeline-service failed for the view of story %s: %s", storyId, failure.toString());
        if (held == null) {
            return Uni.createFrom().failure(new ServicesUnavailableException("The timeline-service did not answer, and "
                    + "without the timeline there is no page of the story to show"));
        }
        return Uni.createFrom().item(new Half<>(held.value(), true, held.etag()));
    }

    private static Throwable pastTimelineUnavailable(String storyId, Throwable failure) {
        LOG.warnf("timeline-service failed for a past view of story %s: %s", storyId, failure.toString());
        return new ServicesUnavailableException("The timeline-service did not answer, and a view as of a past time is "
                + "never made of one kept from a recent view");
    }

    /** @return the claims half, or a null item when it failed and no recent one for this page is kept */
    private Uni<Half<ClaimsWindow>> claimsOf(String storyId, TimelineWindow page, long deadline, Instant asOf) {
        List<String> eventIds = eventIds(page);
        int disputes = config.viewDisputes();
        String key = RecentHalves.claimsKey(storyId, eventIds, disputes);
        Tagged<ClaimsWindow> held = asOf == null ? recent.claims(key) : null;
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        Uni<Tagged<ClaimsWindow>> call = left.compareTo(LEAST_FOR_CLAIMS) < 0
                ? Uni.createFrom().failure(new TimeoutException("no time left in the view budget for the claims-service"))
                : claims.window(storyId, eventIds, disputes, asOf, held).ifNoItem().after(left)
                        .failWith(() -> new TimeoutException("claims-service took longer than the view budget left"));
        return call
                .invoke(half -> {
                    if (asOf == null) {
                        recent.keepClaims(key, half);
                    }
                })
                .map(half -> new Half<>(half.value(), false, half.etag()))
                .onFailure(f -> !refusesTheCaller(f)).recoverWithItem(failure -> {
                    LOG.warnf("claims-service failed for the view of story %s: %s", storyId, failure.toString());
                    return held == null ? null : new Half<>(held.value(), true, held.etag());
                });
    }

    private static boolean isTheClients(Throwable failure) {
        return failure instanceof StoryNotFoundException || failure instanceof ProblemException || refusesTheCaller(failure);
    }

    /** A service refused the caller's token or roles: the caller gets that answer, never a stale or partial view. */
    private static boolean refusesTheCaller(Throwable failure) {
        return failure instanceof ServiceRejectedException rejected && rejected.refusesTheCaller();
    }

    /**
     * The timeline-service refused the window: the page size and the instant are checked here first, so what it
     * refused is the cursor the client passed on, or the instant it cannot go back to. The refusal is the client's
     * to fix, never a reason for a stale page.
     */
    private static Throwable refusal(Throwable rejected, String after, Instant asOf) {
        LOG.debugf("timeline-service refused a window: %s", rejected.getMessage());
        if (after == null && asOf != null) {
            return ProblemException.invalid("asOf", "the timeline-service cannot show this story as of " + asOf);
        }
        return ProblemException.invalid("after", "is not a cursor of this story's timeline"
                + (asOf == null ? "" : " as of " + asOf) + "; pass a nextCursor unchanged");
    }
}
