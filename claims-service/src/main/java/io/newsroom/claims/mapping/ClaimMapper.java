package io.newsroom.claims.mapping;

import io.newsroom.claims.domain.ActorEntity;
import io.newsroom.claims.domain.ClaimRelationEntity;
import io.newsroom.stylebook.Edtf;
import io.newsroom.claims.repository.ActorRow;
import io.newsroom.claims.repository.ClaimRow;
import io.newsroom.claims.api.Actor;
import io.newsroom.claims.api.ActorActivity;
import io.newsroom.claims.api.ActorRef;
import io.newsroom.claims.api.Appearance;
import io.newsroom.claims.api.Citation;
import io.newsroom.claims.api.Claim;
import io.newsroom.claims.api.ClaimRelation;
import io.newsroom.claims.api.Dispute;
import io.newsroom.claims.api.EdtfDate;
import io.newsroom.claims.api.Stance;
import io.newsroom.claims.api.Verdict;
import io.newsroom.claims.domain.Position;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Between what the database holds and what the API shows. */
public final class ClaimMapper {

    private ClaimMapper() {
    }

    public static EdtfDate date(Edtf edtf) {
        return new EdtfDate(edtf.text(), edtf.precision(), edtf.earliest(), edtf.latest(), edtf.approximate(),
                edtf.uncertain());
    }

    public static Actor actor(ActorEntity entity) {
        return new Actor(entity.id, entity.name, entity.kind, entity.description, entity.country, entity.wikidataId,
                entity.aliases == null ? List.of() : Arrays.asList(entity.aliases),
                entity.members == null ? List.of() : Arrays.asList(entity.members),
                entity.createdAt, entity.updatedAt);
    }

    public static Actor actor(ActorRow row) {
        return new Actor(row.id(), row.name(), row.kind(), row.description(), row.country(), row.wikidataId(),
                row.aliases() == null ? List.of() : row.aliases(), row.members() == null ? List.of() : row.members(),
                row.createdAt(), row.updatedAt());
    }

    public static Claim claim(ClaimRow row) {
        List<Appearance> appearances = row.appearances().stream().map(ClaimMapper::appearance).toList();
        // Appearances come ordered by publication, undated last, so the first dated one is the earliest.
        Appearance first = appearances.stream().filter(a -> a.publishedAt() != null)
                .min(Comparator.comparing(Appearance::publishedAt)).orElse(null);
        return new Claim(row.id(), row.storyId(), row.proposition(), row.language(), row.claimantId(),
                new ActorRef(row.claimantId(), row.claimantName(), row.claimantKind()),
                date(Edtf.parse(row.madeEdtf())), row.eventId(), row.tags() == null ? List.of() : row.tags(),
                appearances, first, row.status(), row.stances().stream().map(ClaimMapper::stance).toList(),
                verdict(row.verdict()), row.recordedAt(), row.updatedAt(), row.eventDeleted());
    }

    public static Dispute dispute(ClaimRow row) {
        Claim claim = claim(row);
        List<Stance> disputes = claim.stances().stream().filter(s -> s.position() == Position.DISPUTES).toList();
        return new Dispute(claim, disputes, row.lastActivityAt());
    }

    public static Appearance appearance(ClaimRow.AppearanceRow row) {
        return new Appearance(row.id(), row.url(), row.outlet(), row.title(), row.publishedAt(), row.quote(),
                row.language(), row.recordedAt(), row.articleStatus(), row.articleStatusNote());
    }

    public static Stance stance(ClaimRow.StanceRow row) {
        List<Citation> evidence = row.evidence() == null ? List.of() : row.evidence().stream()
                .map(e -> new Citation(e.url(), e.outlet(), e.title(), e.publishedAt(), e.quote(), e.language(),
                        e.articleStatus(), e.articleStatusNote())).toList();
        return new Stance(row.id(), row.claimId(), new ActorRef(row.actorId(), row.actorName(), row.actorKind()),
                row.position(), row.summary(), evidence, row.takenAt(), row.recordedAt(), row.supersededAt(),
                row.supersededAt() == null);
    }

    public static ActorActivity.StanceOnClaim stanceOnClaim(ClaimRow.StanceOnClaimRow row) {
        return new ActorActivity.StanceOnClaim(stance(row.stance()), row.storyId(), row.proposition(),
                new ActorRef(row.claimantId(), row.claimantName(), row.claimantKind()));
    }

    public static Verdict verdict(ClaimRow.VerdictRow row) {
        return row == null ? null
                : new Verdict(row.rating(), row.explanation(), row.reviewer(), row.reviewedAt(), row.recordedAt());
    }

    public static ClaimRelation relation(ClaimRelationEntity entity) {
        return new ClaimRelation(entity.id, entity.fromClaimId, entity.toClaimId, entity.type, entity.recordedAt);
    }

    public static ClaimRelation relation(ClaimRow.RelationRow row) {
        return new ClaimRelation(row.id(), row.fromClaimId(), row.toClaimId(), row.type(), row.recordedAt());
    }
}
