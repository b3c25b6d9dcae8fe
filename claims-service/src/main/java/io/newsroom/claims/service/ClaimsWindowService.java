package io.newsroom.claims.service;

import io.newsroom.claims.api.ClaimsWindow;
import io.newsroom.claims.domain.ClaimStatus;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.AsOfRepository;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.claims.repository.StoryChanges;
import io.newsroom.claims.repository.WindowRow;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The claims half of a story view, asked for once per view by the gateway with the event ids of
 * the timeline page it shows.
 * <p>
 * A window as the story stands is tagged with the story's change count, read first: a gateway that
 * holds the window of that count is told so before anything is composed, so it revalidates every
 * view it serves for one primary-key read instead of composing the claims again.
 */
@ApplicationScoped
public class ClaimsWindowService {

    /** As many events as one timeline page holds at most. */
    public static final int MAX_EVENTS = 200;
    public static final int DEFAULT_DISPUTES = 5;
    public static final int MAX_DISPUTES = 20;

    private final ClaimViewRepository views;
    private final AsOfRepository history;
    private final StoryChanges changes;

    public ClaimsWindowService(ClaimViewRepository views, AsOfRepository history, StoryChanges changes) {
        this.views = views;
        this.history = history;
        this.changes = changes;
    }

    /**
     * A window and its entity tag; the window is null when the client holds it already (its
     * If-None-Match names the tag). A window as of an instant has no tag: nothing is based on it.
     */
    public record Tagged(ClaimsWindow window, String etag) {
    }

    /** @param asOf null for the window as it is now, else as it stood then (from the revisions) */
    public Uni<Tagged> window(String storyId, List<UUID> eventIds, Integer disputes, Instant asOf, String ifNoneMatch) {
        // A repeated id asks for the same claims: it counts once against the bound.
        LinkedHashSet<UUID> events = new LinkedHashSet<>(eventIds);
        if (events.size() > MAX_EVENTS) {
            throw ProblemException.invalid("eventId", "at most " + MAX_EVENTS + " event ids (one timeline page)");
        }
        int board = disputes == null ? DEFAULT_DISPUTES : disputes;
        if (board < 1 || board > MAX_DISPUTES) {
            throw ProblemException.invalid("disputes", "must be between 1 and " + MAX_DISPUTES);
        }
        if (asOf != null) {
            return history.window(storyId, events, board, asOf).map(row -> new Tagged(window(row), null));
        }
        return changes.entityTag(storyId).chain(etag -> EntityTags.noneMatchFails(ifNoneMatch, etag)
                ? Uni.createFrom().item(new Tagged(null, etag))
                : views.window(storyId, events, board).map(row -> new Tagged(window(row), etag)));
    }

    private static ClaimsWindow window(WindowRow row) {
        ClaimsWindow.StatusCounts byStatus = new ClaimsWindow.StatusCounts(
                row.byStatus().getOrDefault(ClaimStatus.UNCHALLENGED, 0),
                row.byStatus().getOrDefault(ClaimStatus.SUPPORTED, 0),
                row.byStatus().getOrDefault(ClaimStatus.DISPUTED, 0),
                row.byStatus().getOrDefault(ClaimStatus.CONTESTED, 0));
        return new ClaimsWindow(
                row.claims().stream().map(ClaimMapper::claim).toList(),
                row.disputes().stream().map(ClaimMapper::dispute).toList(),
                row.actors().stream().map(ClaimMapper::actor).toList(),
                new ClaimsWindow.Counts(row.claimCount(), row.actorCount(), row.stanceCount(), byStatus));
    }
}
