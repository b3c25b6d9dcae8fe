package io.newsroom.gateway.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.client.Tagged;
import io.newsroom.gateway.domain.ClaimsWindow;
import io.newsroom.gateway.domain.TimelineWindow;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * The last half of each story view that its service confirmed, with the service's tag for it, kept for a short while
 * (60 s since it was last confirmed, bounded in size: see application.properties). The next view sends the tag, and
 * while the service answers 304 the half is used as it is, fresh: the service reads one counter instead of composing
 * the half again, and the gateway maps nothing. When the service fails, the half is served marked stale.
 * <p>
 * Not a cache in front of the services: every view is answered by a round of asking them that began after the view
 * was asked for (readers of the same page at once share one: {@link SharedRounds}), so what it shows is never older
 * than the last failure allows. Quarkus's Caffeine caches give the expiry and the bound; their annotations would serve the cached
 * value without asking, so the cache is used by hand.
 */
@ApplicationScoped
public class RecentHalves {

    private final CaffeineCache timeline;
    private final CaffeineCache claims;
    private final CaffeineCache written;
    private final CaffeineCache rendered;

    public RecentHalves(@CacheName("story-view-timeline") Cache timeline, @CacheName("story-view-claims") Cache claims,
            @CacheName("story-view-written") Cache written, @CacheName("reader-page-rendered") Cache rendered) {
        this.timeline = timeline.as(CaffeineCache.class);
        this.claims = claims.as(CaffeineCache.class);
        this.written = written.as(CaffeineCache.class);
        this.rendered = rendered.as(CaffeineCache.class);
    }

    /** The page of the timeline a view asked for: the story and where the page starts and how long it is. */
    static String timelineKey(String storyId, int limit, String after) {
        return storyId + '\n' + limit + '\n' + (after == null ? "" : after);
    }

    /** The claims of one page: the same events (in order) and the same length of the disputes board. */
    static String claimsKey(String storyId, List<String> eventIds, int disputes) {
        return storyId + '\n' + disputes + '\n' + String.join(",", eventIds);
    }

    void keepTimeline(String key, Tagged<TimelineWindow> half) {
        timeline.put(key, CompletableFuture.completedFuture(half));
    }

    void keepClaims(String key, Tagged<ClaimsWindow> half) {
        claims.put(key, CompletableFuture.completedFuture(half));
    }

    /** @return the half kept under the key, or null when there is none (or it expired) */
    Tagged<TimelineWindow> timeline(String key) {
        return recent(timeline, key);
    }

    Tagged<ClaimsWindow> claims(String key) {
        return recent(claims, key);
    }

    /**
     * The view last written from these halves (named by the page and both tags), or the one {@code write} gives, kept
     * for the next view of the same halves. The tags name what the view was made of, so a kept view is never older
     * than the halves its services just confirmed.
     */
    Written written(String halves, Supplier<Written> write) {
        return kept(written, halves, write);
    }

    /** The reader page last rendered from these halves, kept the same way as {@link #written}. */
    RenderedPage rendered(String halves, Supplier<RenderedPage> render) {
        return kept(rendered, halves, render);
    }

    private static <T> T kept(CaffeineCache cache, String halves, Supplier<T> make) {
        T kept = recent(cache, halves);
        if (kept != null) {
            return kept;
        }
        T fresh = make.get();
        cache.put(halves, CompletableFuture.completedFuture(fresh));
        return fresh;
    }

    // Only completed futures are put, so reading one never waits.
    private static <T> T recent(CaffeineCache cache, String key) {
        CompletableFuture<T> kept = cache.getIfPresent(key);
        return kept == null ? null : kept.getNow(null);
    }
}
