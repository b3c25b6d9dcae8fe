package io.newsroom.claims.service;

import io.newsroom.claims.client.FeedGapException;
import io.newsroom.claims.client.TimelineChange;
import io.newsroom.claims.client.TimelineChanges;
import io.newsroom.claims.client.TimelineFeed;
import io.newsroom.claims.config.ClaimsConfig;
import io.newsroom.claims.repository.FeedFollowerRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Follows timeline-service's change feed (the types of {@link TimelineNews#TYPES}) from the position stored in
 * this service's database. Each page is applied in ONE transaction that also moves the position past it, with the
 * position's row locked (FOR UPDATE SKIP LOCKED): a replica killed mid-page leaves nothing of it, and of several
 * replicas that read the same page only the one holding the row applies it; the others find the row locked or
 * moved on and drop what they read. A change at or below the position is never applied again.
 * <p>
 * The page is read before the transaction, so no connection is held while timeline-service is asked. An
 * unreachable timeline-service is waited out: the follower asks again each round and says so once per outage.
 * A 410 (the feed pruned changes before they were read) is a gap: logged as an error, recorded for health, and
 * followed from the feed's end, as nothing can bring back what was pruned.
 */
@ApplicationScoped
public class TimelineFollower {

    private static final Logger LOG = Logger.getLogger(TimelineFollower.class);
    /** Pages read in one round when the feed has more: a backlog is caught up with, one page per transaction. */
    static final int PAGES_PER_ROUND = 20;
    /** Finding the feed's end after a gap reads it in the largest pages it gives. */
    private static final int LARGEST_PAGE = 1000;
    private static final int MAX_END_PAGES = 1000;

    private final TimelineFeed feed;
    private final FeedFollowerRepository followed;
    private final TimelineNews news;
    private final ClaimLookup lookup;
    private final int limit;
    private final Outage feedOutage = new Outage("timeline-service's change feed cannot be read");
    private final Outage applyOutage = new Outage("changes read from timeline-service's feed cannot be applied");

    TimelineFollower(TimelineFeed feed, FeedFollowerRepository followed, TimelineNews news, ClaimLookup lookup,
                     ClaimsConfig config) {
        this.feed = feed;
        this.followed = followed;
        this.news = news;
        this.lookup = lookup;
        this.limit = config.follow().limit();
    }

    @Scheduled(identity = "timeline-follower", every = "${claims.follow.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return follow().replaceWithVoid();
    }

    /**
     * One round: pages of changes applied until the feed has no more (at most {@link #PAGES_PER_ROUND}). It never
     * fails: what went wrong is logged once per outage and tried again next round.
     *
     * @return how many changes this replica applied
     */
    public Uni<Integer> follow() {
        return page(0, 0);
    }

    /** Since when this replica has failed to read the feed; null while it reads it. */
    public Instant unreachableSince() {
        return feedOutage.since.get();
    }

    private record Applied(int changes, boolean more) {
    }

    private Uni<Integer> page(int pages, int applied) {
        return followed.state().chain(state -> read(state.position())
                .chain(changes -> changes == null ? Uni.createFrom().item(new Applied(0, false))
                        : applyPage(state.position(), changes))
                .onFailure(FeedGapException.class).recoverWithUni(gap -> skipGap(state.position()).replaceWith(new Applied(0, false))))
                .invoke(applyOutage::over)
                .onFailure().recoverWithItem(failure -> {
                    applyOutage.begins(failure);
                    return new Applied(0, false);
                })
                .chain(done -> done.more() && pages + 1 < PAGES_PER_ROUND ? page(pages + 1, applied + done.changes())
                        : Uni.createFrom().item(applied + done.changes()));
    }

    /** A page after the position; a null item while timeline-service cannot be read (a gap fails). */
    private Uni<TimelineChanges> read(long position) {
        return feed.changes(Long.toString(position), TimelineNews.TYPES, limit)
                .invoke(feedOutage::over)
                .onFailure(failure -> !(failure instanceof FeedGapException)).recoverWithItem(failure -> {
                    feedOutage.begins(failure);
                    return null;
                });
    }

    private Uni<Applied> applyPage(long position, TimelineChanges page) {
        List<TimelineChange> changes = page.changes() == null ? List.of() : page.changes().stream()
                .filter(change -> position(change.id()) > position)
                .sorted(Comparator.comparingLong(change -> position(change.id()))).toList();
        long next = Math.max(position, Math.max(position(page.next()),
                changes.isEmpty() ? position : position(changes.get(changes.size() - 1).id())));
        if (next == position) {
            return Uni.createFrom().item(new Applied(0, false));
        }
        return Panache.withTransaction(() -> followed.lockPosition().chain(locked -> {
            if (locked == null || locked != position) {
                // Another replica holds the position or has moved it: what was read here is its to apply.
                return Uni.createFrom().item(new Applied(0, false));
            }
            Uni<Void> applied = Uni.createFrom().voidItem();
            for (TimelineChange change : changes) {
                applied = applied.chain(() -> news.apply(change, position(change.id())));
            }
            return applied.chain(() -> followed.advance(next, lookup.now()))
                    .replaceWith(new Applied(changes.size(), page.changes() != null && page.changes().size() >= limit));
        }));
    }

    private Uni<Void> skipGap(long after) {
        Uni<Long> found = end(null, 0, after).onFailure().recoverWithItem(failure -> {
            feedOutage.begins(failure);
            return null;
        });
        return found.chain(end -> end == null ? Uni.createFrom().voidItem() : Panache.withTransaction(() -> followed.lockPosition().chain(locked -> {
            if (locked == null || locked != after) {
                return Uni.createFrom().voidItem();
            }
            LOG.errorf("GAP IN TIMELINE'S FEED: timeline-service no longer holds its changes after position %d (pruned "
                    + "before this service read them). Articles corrected or retracted, events and stories deleted or "
                    + "restored up to position %d are not reflected in claims; following resumes after %d. Review the "
                    + "stories changed meanwhile.", after, end, end);
            return followed.skipGap(after, end, lookup.now());
        })));
    }

    /** The position of the feed's newest change, read from the oldest it holds. */
    private Uni<Long> end(String after, int pages, long fallback) {
        return feed.changes(after, TimelineNews.TYPES, LARGEST_PAGE).chain(page -> {
            long next = position(page.next());
            long last = page.changes() == null || page.changes().isEmpty() ? -1
                    : page.changes().stream().mapToLong(change -> position(change.id())).max().orElse(-1);
            long reached = Math.max(Math.max(next, last), fallback);
            if (last < 0 || pages + 1 >= MAX_END_PAGES) {
                return Uni.createFrom().item(reached);
            }
            return end(Long.toString(reached), pages + 1, reached);
        });
    }

    /** A feed id as the number it is; -1 for none (or one that is no number, which is then never applied). */
    private static long position(String id) {
        if (id == null) {
            return -1;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Something that keeps failing round after round, said once when it begins and once when it is over. */
    private static final class Outage {

        private final String what;
        private final AtomicReference<Instant> since = new AtomicReference<>();

        Outage(String what) {
            this.what = what;
        }

        void begins(Throwable failure) {
            if (since.compareAndSet(null, Instant.now())) {
                LOG.warnf("%s (%s); the follower waits and tries again each round", what, failure.toString());
            }
        }

        void over() {
            Instant was = since.getAndSet(null);
            if (was != null) {
                LOG.infof("%s since %s: resumed", what, was);
            }
        }
    }
}
