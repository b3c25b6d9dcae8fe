package io.newsroom.claims.repository;

import io.newsroom.claims.domain.ActorKind;
import io.newsroom.claims.domain.ClaimStatus;
import io.newsroom.claims.domain.Position;
import io.newsroom.claims.domain.Rating;
import io.newsroom.claims.domain.RelationType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim as one read query returns it: its columns, derived status, appearances, stances and
 * verdict. The stored made-at bounds travel along because a page cursor must carry exactly the
 * values the keyset compares.
 */
public record ClaimRow(
        UUID id, String storyId, String proposition, String language, UUID claimantId, String claimantName, ActorKind claimantKind,
        String madeEdtf, Instant madeEarliest, Instant madeLatest, UUID eventId, List<String> tags, List<AppearanceRow> appearances, List<StanceRow> stances,
        VerdictRow verdict, ClaimStatus status, Instant lastActivityAt, Instant recordedAt, Instant updatedAt,
        int version, boolean eventDeleted) {

    /** An appearance with the status timeline-service reported for its article, when not PUBLISHED. */
    public record AppearanceRow(UUID id, String url, String outlet, String title, Instant publishedAt, String quote,
                                String language, Instant recordedAt, String articleStatus, String articleStatusNote) {
    }

    public record CitationRow(String url, String outlet, String title, Instant publishedAt, String quote,
                              String language, String articleStatus, String articleStatusNote) {
    }

    public record StanceRow(UUID id, UUID claimId, UUID actorId, String actorName, ActorKind actorKind,
                            Position position, String summary, List<CitationRow> evidence, Instant takenAt,
                            Instant recordedAt, Instant supersededAt) {
    }

    public record VerdictRow(Rating rating, String explanation, String reviewer, Instant reviewedAt,
                             Instant recordedAt) {
    }

    /** A relation between two claims, as a read of the claim's relations as of an instant returns it. */
    public record RelationRow(UUID id, UUID fromClaimId, UUID toClaimId, RelationType type, Instant recordedAt) {
    }

    /** A stance with the claim it was taken on, for an actor's activity. */
    public record StanceOnClaimRow(StanceRow stance, String storyId, String proposition, UUID claimantId,
                                   String claimantName, ActorKind claimantKind) {
    }
}
