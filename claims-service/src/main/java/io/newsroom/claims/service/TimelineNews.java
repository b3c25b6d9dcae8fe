package io.newsroom.claims.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.claims.api.Revision;
import io.newsroom.claims.client.TimelineChange;
import io.newsroom.claims.domain.ClaimEntity;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.claims.repository.FeedFollowerRepository;
import io.newsroom.stylebook.CitationUrl;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * What one change in timeline-service's feed does here, applied inside the follower's transaction: an article
 * corrected, retracted or published again flags (or clears) every appearance and stance evidence citing its URL;
 * an event deleted or restored flags (or clears) the claims made at it; a story deleted takes its claims with it
 * (revisions, restorable), and its restore brings back exactly those. Flags are joined in at read time, so the
 * change only records what timeline said and counts a change on the stories it touches (their windows' tags).
 */
@ApplicationScoped
class TimelineNews {

    /** The types followed, as timeline-service names them. */
    static final List<String> TYPES = List.of("article.corrected", "article.retracted", "article.published",
            "event.deleted", "event.restored", "story.deleted", "story.restored");

    private static final Logger LOG = Logger.getLogger(TimelineNews.class);
    private static final Pattern STORY_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    // Who the revisions of a story's deletion or restore name: timeline-service, where a person did it.
    private static final String SUBJECT = "newsroom:timeline-feed";

    private final FeedFollowerRepository followed;
    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final ClaimRestoreService restores;
    private final ClaimLookup lookup;

    TimelineNews(FeedFollowerRepository followed, ClaimRepository claims, ClaimService claimService,
                 ClaimRestoreService restores, ClaimLookup lookup) {
        this.followed = followed;
        this.claims = claims;
        this.claimService = claimService;
        this.restores = restores;
        this.lookup = lookup;
    }

    /**
     * Applies the change at feed position {@code position}. A change this service cannot read (no URL, no event
     * id, a story id that is no slug) is logged and passed over: refusing it would stop the feed for good.
     */
    Uni<Void> apply(TimelineChange change, long position) {
        if (change.type() == null || !TYPES.contains(change.type())) {
            return Uni.createFrom().voidItem();
        }
        try {
            return switch (change.type()) {
                case "article.corrected", "article.retracted", "article.published" -> article(change, position);
                case "event.deleted" -> event(change, position, true);
                case "event.restored" -> event(change, position, false);
                case "story.deleted" -> storyDeleted(story(change), position);
                case "story.restored" -> storyRestored(story(change), position);
                default -> Uni.createFrom().voidItem();
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            LOG.warnf("timeline-service's change %s (%s) cannot be read here and was passed over: %s", change.id(),
                    change.type(), e.getMessage());
            return Uni.createFrom().voidItem();
        }
    }

    private Uni<Void> article(TimelineChange change, long position) {
        JsonNode data = change.data();
        String cited = text(data, "url");
        if (cited == null) {
            throw new IllegalArgumentException("no url");
        }
        String url = CitationUrl.normalise(cited);
        String status = change.type().substring("article.".length()).toUpperCase(Locale.ROOT);
        String changedAt = text(data, "statusChangedAt");
        Instant recordedAt = recorded(change);
        return followed.articleStatus(url, position, status, text(data, "statusNote"),
                        changedAt == null ? recordedAt : Instant.parse(changedAt), recordedAt, change.storyId())
                .chain(() -> followed.storiesCiting(url));
    }

    private Uni<Void> event(TimelineChange change, long position, boolean deleted) {
        if (change.resourceId() == null) {
            throw new IllegalArgumentException("no event id");
        }
        UUID eventId = UUID.fromString(change.resourceId());
        return followed.eventDeletion(eventId, position, deleted, recorded(change), change.storyId())
                .chain(() -> followed.storiesAtEvent(eventId));
    }

    private Uni<Void> storyDeleted(String storyId, long position) {
        Instant at = lookup.now();
        Revision.Author author = new Revision.Author(SUBJECT, "Deleted with story " + storyId + " in timeline-service");
        return claims.inStory(storyId).chain(found -> {
            Uni<Void> deleted = Uni.createFrom().voidItem();
            for (ClaimEntity claim : found) {
                deleted = deleted.chain(() -> claimService.delete(claim, at, author));
            }
            List<UUID> ids = found.stream().map(claim -> claim.id).toList();
            return deleted.chain(() -> followed.storyDeletion(storyId, position, at, ids))
                    .invoke(() -> LOG.infof("story %s was deleted in timeline-service: %d claim(s) deleted with it",
                            storyId, ids.size()));
        });
    }

    private Uni<Void> storyRestored(String storyId, long position) {
        Revision.Author author = new Revision.Author(SUBJECT, "Restored with story " + storyId + " in timeline-service");
        return followed.lastDeletion(storyId).chain(deletion -> {
            if (deletion == null) {
                return Uni.createFrom().voidItem();
            }
            Uni<Integer> back = Uni.createFrom().item(0);
            for (UUID claimId : deletion.claimIds()) {
                back = back.chain(count -> restores.bringBackWithStory(storyId, claimId, deletion.deletedAt(), author)
                        .map(claim -> {
                            if (claim == null) {
                                LOG.warnf("claim %s of restored story %s stays deleted: it was restored or deleted "
                                        + "again since, or names an actor deleted since (restore that first)", claimId, storyId);
                                return count;
                            }
                            return count + 1;
                        }));
            }
            return back.chain(count -> followed.restored(storyId, deletion.feedPosition(), lookup.now())
                    .invoke(() -> LOG.infof("story %s was restored in timeline-service: %d of its %d claim(s) back",
                            storyId, count, deletion.claimIds().size())));
        });
    }

    private static String story(TimelineChange change) {
        String storyId = change.storyId() != null ? change.storyId() : change.resourceId();
        if (storyId == null || !STORY_ID.matcher(storyId).matches()) {
            throw new IllegalArgumentException("no story id");
        }
        return storyId;
    }

    private static Instant recorded(TimelineChange change) {
        if (change.recordedAt() == null) {
            throw new IllegalArgumentException("no recordedAt");
        }
        return change.recordedAt().truncatedTo(ChronoUnit.MICROS);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data == null ? null : data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
