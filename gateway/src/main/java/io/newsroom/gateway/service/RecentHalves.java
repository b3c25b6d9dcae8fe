package io.newsroom.gateway.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.domain.ClaimsWindow;
import io.newsroom.gateway.domain.TimelineWindow;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;

/**
 * The last complete half of each story view, per service, kept for a short while (60 s, bounded in size: see
 * application.properties) and served only when that service fails, marked stale. Not a cache in front of the
 * services: a view always asks them first, so what it shows is never older than the last failure allows. Quarkus's
 * Caffeine caches give the expiry and the bound; their annotations would serve the cached value on every call, so
 * the cache is used by hand: written after each good answer, read only after a failure.
 */
@ApplicationScoped
public class RecentHalves {

    private final CaffeineCache timeline;
    private final CaffeineCache claims;

    public RecentHalves(@CacheName("story-view-timeline") Cache timeline, @CacheName("story-view-claims") Cache claims) {
        this.timeline = timeline.as(CaffeineCache.class);
        this.claims = claims.as(CaffeineCache.class);
    }

    /** The page of the timeline a view asked for: the story and where the page starts and how long it is. */
    static String timelineKey(String storyId, int limit, String after) {
        return storyId + '\n' + limit + '\n' + (after == null ? "" : after);
    }

    /** The claims of one page: the same events (in order) and the same length of the disputes board. */
    static String claimsKey(String storyId, List<String> eventIds, int disputes) {
        return storyId + '\n' + disputes + '\n' + String.join(",", eventIds);
    }

    void keep(String key, TimelineWindow half) {
        timeline.put(key, CompletableFuture.completedFuture(half));
    }

    void keep(String key, ClaimsWindow half) {
        claims.put(key, CompletableFuture.completedFuture(half));
    }

    /** @return the half kept under the key, or a null item when there is none (or it expired) */
    Uni<TimelineWindow> timeline(String key) {
        return recent(timeline, key);
    }

    Uni<ClaimsWindow> claims(String key) {
        return recent(claims, key);
    }

    private static <T> Uni<T> recent(CaffeineCache cache, String key) {
        CompletableFuture<T> kept = cache.getIfPresent(key);
        return kept == null ? Uni.createFrom().nullItem() : Uni.createFrom().completionStage(kept);
    }
}
