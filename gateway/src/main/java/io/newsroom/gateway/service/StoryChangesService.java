package io.newsroom.gateway.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.newsroom.gateway.client.ChangeFeedClient;
import io.newsroom.gateway.client.ChangePage;
import io.newsroom.gateway.client.ClaimsClient;
import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.TimelineClient;
import io.newsroom.gateway.config.ChangeFeedConfig;
import io.newsroom.gateway.domain.Change;
import io.newsroom.gateway.domain.ChangeSource;
import io.newsroom.gateway.domain.ChangeType;
import io.newsroom.gateway.view.StoryChanges;
import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A story's changes from both services as one feed. A page is made only from a page of each service read in full:
 * when either service does not answer, there is no page (503), because a page of one service's changes would move
 * the cursor past the other's changes of the same moment, which the reader would then never see.
 */
@ApplicationScoped
public class StoryChangesService {

    /** Oldest first; at the same instant timeline-service first (a claim is about a fact recorded there). */
    private static final Comparator<Change> RECORDED_ORDER = Comparator.comparing(Change::recordedAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Change::source);

    private final ChangeFeedClient feeds;
    private final ChangeFeedConfig config;

    public StoryChangesService(ChangeFeedClient feeds, ChangeFeedConfig config) {
        this.feeds = feeds;
        this.config = config;
    }

    /** @param types the types asked for, empty for all */
    public Uni<StoryChanges> page(String storyId, FeedPositions from, Set<ChangeType> types, int limit) {
        Uni<ChangePage> timeline = !ChangeTypes.wantsAnyOf(types, ChangeSource.TIMELINE) ? nothingAfter(from.timeline())
                : feeds.timeline(from.timeline(), storyId, ChangeTypes.filterFor(types, ChangeSource.TIMELINE), limit, null);
        Uni<ChangePage> claims = !ChangeTypes.wantsAnyOf(types, ChangeSource.CLAIMS) ? nothingAfter(from.claims())
                : feeds.claims(from.claims(), storyId, ChangeTypes.filterFor(types, ChangeSource.CLAIMS), limit, null);
        return Uni.combine().all().unis(guarded(timeline, TimelineClient.SERVICE), guarded(claims, ClaimsClient.SERVICE))
                .asTuple().map(pages -> merged(storyId, from, pages.getItem1(), pages.getItem2(), limit));
    }

    /**
     * The story's changes from a position on, as they come, one batch per read: each batch is a page read as
     * {@link #page} reads it, and while nothing follows (or a service does not answer) an empty batch is given and the
     * stream asks again after the poll interval. Nothing is ever sent out of a half-read page, so a reader who
     * reconnects with the last cursor it got misses nothing.
     */
    public Multi<List<Change>> stream(String storyId, FeedPositions from, Set<ChangeType> types, int limit) {
        AtomicReference<FeedPositions> position = new AtomicReference<>(from);
        return Multi.createBy().repeating()
                .uni(() -> page(storyId, position.get(), types, limit)
                        .invoke(page -> position.set(FeedPositions.parse(page.next(), "after")))
                        .map(StoryChanges::changes)
                        // A service that does not answer is waited for, as an empty page is: the stream stays open.
                        .onFailure(failure -> !(failure instanceof ProblemException)).recoverWithItem(List.of())
                        .call(changes -> changes.isEmpty() ? Uni.createFrom().voidItem().onItem().delayIt().by(config.pollInterval())
                                : Uni.createFrom().voidItem()))
                .indefinitely();
    }

    private static Uni<ChangePage> nothingAfter(long position) {
        return Uni.createFrom().item(new ChangePage(List.of(), Long.toString(position)));
    }

    /**
     * A refusal of the position asked after is the cursor's fault, and one of the caller's token the caller's; any
     * other failure (a service without its feed included) is the service being unavailable.
     */
    private static Uni<ChangePage> guarded(Uni<ChangePage> read, String service) {
        return read.onFailure().transform(failure -> {
            if (failure instanceof ServiceRejectedException rejected && (rejected.status() == 400 || rejected.status() == 422)) {
                return ProblemException.badParameter("after", "names a position " + service + "'s feed does not have; "
                        + "pass a change's cursor or 'next' back unchanged");
            }
            if (failure instanceof ServiceRejectedException rejected && (rejected.status() == 401 || rejected.status() == 403)) {
                return failure;
            }
            return new ServicesUnavailableException(service + " did not give its changes"
                    + (failure instanceof FaultToleranceException ? " in time" : "") + "; no page is made of one service's "
                    + "changes alone, ask again in a few seconds");
        }).invoke(page -> {
            for (Change change : page.changes()) {
                change.position();
            }
        }).onFailure(NumberFormatException.class).transform(malformed -> new ServicesUnavailableException(
                service + " answered with a change position that is not a number; ask again in a few seconds"));
    }

    /**
     * The two pages merged, each service's changes kept in its feed order, and cut at the limit: each service's
     * position moves only past the changes taken, so what is cut is the start of the next page.
     */
    static StoryChanges merged(String storyId, FeedPositions from, ChangePage timeline, ChangePage claims, int limit) {
        List<Change> taken = new ArrayList<>();
        FeedPositions at = from;
        int t = 0;
        int c = 0;
        List<Change> fromTimeline = timeline.changes();
        List<Change> fromClaims = claims.changes();
        while (taken.size() < limit && (t < fromTimeline.size() || c < fromClaims.size())) {
            Change next;
            if (c >= fromClaims.size() || (t < fromTimeline.size()
                    && RECORDED_ORDER.compare(fromTimeline.get(t), fromClaims.get(c)) <= 0)) {
                next = fromTimeline.get(t++);
            } else {
                next = fromClaims.get(c++);
            }
            at = at.with(next.source(), Math.max(at.of(next.source()), next.position()));
            taken.add(next.resumingAt(at.cursor()));
        }
        return new StoryChanges(storyId, taken, at.cursor());
    }
}
