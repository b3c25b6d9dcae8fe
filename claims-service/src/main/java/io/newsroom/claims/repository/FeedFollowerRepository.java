package io.newsroom.claims.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * What this service keeps of timeline-service's feed (migration V13): how far it has read, and what the
 * changes it applied said. Writes run in the follower's transaction, on its session; the state for health
 * is read from the pool. Values are bound as text and cast in SQL, as elsewhere in this service.
 */
@ApplicationScoped
public class FeedFollowerRepository {

    /** The follower's state, as health reports it. */
    public record FollowerState(long position, Instant followedAt, Long gapAfter, Long gapUntil, Instant gapDetectedAt) {
    }

    /** The claims deleted with a story, not yet brought back. */
    public record StoryDeletion(long feedPosition, Instant deletedAt, List<UUID> claimIds) {
    }

    private final PoolReads reads;

    public FeedFollowerRepository(PoolReads reads) {
        this.reads = reads;
    }

    /** Where the follower is, as committed (read before asking timeline, outside any transaction). */
    public Uni<FollowerState> state() {
        return reads.read("SELECT cast(json_build_object('position', f.position, 'followedAt', newsroom_utc(f.followed_at),"
                        + " 'gapAfter', f.gap_after, 'gapUntil', f.gap_until, 'gapDetectedAt', newsroom_utc(f.gap_detected_at))"
                        + " AS text) FROM feed_follower f WHERE f.feed = 'timeline'", Map.of(), FollowerState.class)
                .map(rows -> rows.get(0));
    }

    /**
     * The follower's position, locked for this transaction; a null item when another replica holds it (it is
     * applying a page): this one then leaves the round to it instead of waiting.
     */
    public Uni<Long> lockPosition() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT position FROM feed_follower WHERE feed = 'timeline' FOR UPDATE SKIP LOCKED", Long.class)
                .getResultList()).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    public Uni<Void> advance(long position, Instant at) {
        return update("UPDATE feed_follower SET position = cast(cast(:position AS text) AS bigint),"
                + " followed_at = cast(cast(:at AS text) AS timestamptz) WHERE feed = 'timeline'",
                Map.of("position", Long.toString(position), "at", at.toString()));
    }

    /** Records a gap (entries pruned before they were read) and moves past it. */
    public Uni<Void> skipGap(long after, long until, Instant at) {
        return update("UPDATE feed_follower SET position = cast(cast(:until AS text) AS bigint),"
                + " gap_after = cast(cast(:after AS text) AS bigint), gap_until = cast(cast(:until AS text) AS bigint),"
                + " gap_detected_at = cast(cast(:at AS text) AS timestamptz), followed_at = cast(cast(:at AS text) AS timestamptz)"
                + " WHERE feed = 'timeline'",
                Map.of("after", Long.toString(after), "until", Long.toString(until), "at", at.toString()));
    }

    /** What timeline said of an article's status (kept once per feed position, so a replay adds nothing). */
    public Uni<Void> articleStatus(String url, long feedPosition, String status, String note, Instant changedAt,
                                   Instant recordedAt, String storyId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("url", url);
        parameters.put("position", Long.toString(feedPosition));
        parameters.put("status", status);
        parameters.put("note", note == null ? "" : note);
        parameters.put("changedAt", changedAt.toString());
        parameters.put("recordedAt", recordedAt.toString());
        parameters.put("storyId", storyId == null ? "" : storyId);
        return update("INSERT INTO article_status (url, feed_position, status, note, changed_at, recorded_at, story_id)"
                + " VALUES (cast(:url AS text), cast(cast(:position AS text) AS bigint), cast(:status AS text), NULLIF(cast(:note AS text), ''),"
                + " cast(cast(:changedAt AS text) AS timestamptz), cast(cast(:recordedAt AS text) AS timestamptz),"
                + " NULLIF(cast(:storyId AS text), '')) ON CONFLICT DO NOTHING", parameters);
    }

    /** What timeline said of an event: deleted, or restored. */
    public Uni<Void> eventDeletion(UUID eventId, long feedPosition, boolean deleted, Instant recordedAt, String storyId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("event", eventId.toString());
        parameters.put("position", Long.toString(feedPosition));
        parameters.put("deleted", Boolean.toString(deleted));
        parameters.put("recordedAt", recordedAt.toString());
        parameters.put("storyId", storyId == null ? "" : storyId);
        return update("INSERT INTO event_deletion (event_id, feed_position, deleted, recorded_at, story_id)"
                + " VALUES (cast(cast(:event AS text) AS uuid), cast(cast(:position AS text) AS bigint),"
                + " cast(cast(:deleted AS text) AS boolean), cast(cast(:recordedAt AS text) AS timestamptz),"
                + " NULLIF(cast(:storyId AS text), '')) ON CONFLICT DO NOTHING", parameters);
    }

    /**
     * Counts a change on every story with a claim citing the URL (as an appearance or a stance's evidence): the
     * entity tag of those stories' windows changes with the flag, though no claim was written.
     */
    public Uni<Void> storiesCiting(String url) {
        return countChange("SELECT c.story_id FROM appearance ap JOIN claim c ON c.id = ap.claim_id WHERE ap.url = cast(:url AS text)"
                + " UNION SELECT c.story_id FROM stance_evidence e JOIN stance s ON s.id = e.stance_id"
                + " JOIN claim c ON c.id = s.claim_id WHERE e.url = cast(:url AS text)", Map.of("url", url));
    }

    /** Counts a change on every story with a claim made at the event, as {@link #storiesCiting}. */
    public Uni<Void> storiesAtEvent(UUID eventId) {
        return countChange("SELECT c.story_id FROM claim c WHERE c.event_id = cast(cast(:event AS text) AS uuid)",
                Map.of("event", eventId.toString()));
    }

    private Uni<Void> countChange(String stories, Map<String, Object> parameters) {
        // Each story once: a story with several such claims has one window, and one row to count on.
        return update("INSERT INTO story_change AS sc (story_id, changes) SELECT DISTINCT affected.story_id, 1 FROM (" + stories
                + ") affected ON CONFLICT (story_id) DO UPDATE SET changes = sc.changes + 1", parameters);
    }

    public Uni<Void> storyDeletion(String storyId, long feedPosition, Instant deletedAt, Collection<UUID> claimIds) {
        return update("INSERT INTO story_deletion (story_id, feed_position, deleted_at, claim_ids)"
                + " VALUES (cast(:storyId AS text), cast(cast(:position AS text) AS bigint),"
                + " cast(cast(:deletedAt AS text) AS timestamptz), cast(cast(:claims AS text) AS uuid[])) ON CONFLICT DO NOTHING",
                Map.of("storyId", storyId, "position", Long.toString(feedPosition), "deletedAt", deletedAt.toString(),
                        "claims", claimIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"))));
    }

    /** The story's newest deletion not yet undone, or a null item. */
    public Uni<StoryDeletion> lastDeletion(String storyId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT cast(d.feed_position AS text), newsroom_utc(d.deleted_at), cast(d.claim_ids AS text)"
                                + " FROM story_deletion d WHERE d.story_id = cast(:storyId AS text) AND d.restored_at IS NULL"
                                + " ORDER BY d.feed_position DESC LIMIT 1 FOR UPDATE", Object[].class)
                .setParameter("storyId", storyId).getResultList())
                .map(rows -> rows.isEmpty() ? null : deletion(rows.get(0)));
    }

    public Uni<Void> restored(String storyId, long feedPosition, Instant at) {
        return update("UPDATE story_deletion SET restored_at = cast(cast(:at AS text) AS timestamptz)"
                + " WHERE story_id = cast(:storyId AS text) AND feed_position = cast(cast(:position AS text) AS bigint)",
                Map.of("storyId", storyId, "position", Long.toString(feedPosition), "at", at.toString()));
    }

    private static StoryDeletion deletion(Object[] row) {
        String ids = ((String) row[2]).replaceAll("[{}]", "");
        List<UUID> claims = ids.isEmpty() ? List.of()
                : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
        return new StoryDeletion(Long.parseLong((String) row[0]), Instant.parse((String) row[1]), claims);
    }

    private static Uni<Void> update(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
