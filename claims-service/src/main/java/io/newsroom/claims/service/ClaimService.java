package io.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.domain.ActorEntity;
import io.newsroom.claims.domain.ActorKind;
import io.newsroom.claims.domain.AppearanceEntity;
import io.newsroom.claims.domain.CitationUrl;
import io.newsroom.claims.domain.ClaimEntity;
import io.newsroom.claims.domain.ClaimRelationEntity;
import io.newsroom.claims.domain.ClaimStatus;
import io.newsroom.claims.domain.Edtf;
import io.newsroom.claims.domain.StanceEntity;
import io.newsroom.claims.domain.StanceEvidenceEntity;
import io.newsroom.claims.domain.VerdictEntity;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.ActorRepository;
import io.newsroom.claims.repository.ClaimFilter;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.claims.repository.ClaimRow;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.claims.rest.model.Appearance;
import io.newsroom.claims.rest.model.Citation;
import io.newsroom.claims.rest.model.Claim;
import io.newsroom.claims.rest.model.ClaimInput;
import io.newsroom.claims.rest.model.ClaimPage;
import io.newsroom.claims.rest.model.ClaimRelation;
import io.newsroom.claims.rest.model.ClaimRelationInput;
import io.newsroom.claims.rest.model.ClaimRelationPage;
import io.newsroom.claims.rest.model.ClaimUpdate;
import io.newsroom.claims.rest.model.DisputePage;
import io.newsroom.claims.rest.model.Stance;
import io.newsroom.claims.rest.model.StanceChange;
import io.newsroom.claims.rest.model.StanceInput;
import io.newsroom.claims.rest.model.StancePage;
import io.newsroom.claims.rest.model.Verdict;
import io.newsroom.claims.rest.model.VerdictInput;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimViewRepository views;
    private final ActorRepository actors;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Clock clock;

    public ClaimService(ClaimRepository claims, ClaimViewRepository views, ActorRepository actors,
                        IdempotencyService idempotency, ObjectMapper json, Clock clock) {
        this.claims = claims;
        this.views = views;
        this.actors = actors;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    // ---- claims ------------------------------------------------------------------------------

    @WithTransaction
    public Uni<Written> create(String storyId, ClaimInput input, String idempotencyKey, Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "createClaim " + storyId, input, () -> {
            Edtf madeAt = parseDate(input.madeAt().edtf());
            List<AppearanceEntity> appearances = appearances(input.appearances());
            return claimant(input.claimantId()).chain(claimant -> {
                Instant now = now();
                ClaimEntity claim = new ClaimEntity();
                claim.id = UUID.randomUUID();
                claim.storyId = storyId;
                claim.proposition = input.proposition().strip();
                claim.claimantId = claimant.id;
                claim.madeAt(madeAt);
                claim.eventId = input.eventId();
                claim.tags = tags(input.tags());
                claim.recordedAt = now;
                claim.updatedAt = now;
                appearances.forEach(appearance -> {
                    appearance.claimId = claim.id;
                    appearance.recordedAt = now;
                });
                List<Object> rows = new ArrayList<>();
                rows.add(claim);
                rows.addAll(appearances);
                return claims.persistAll(rows)
                        .chain(claims::flushSession)
                        .chain(() -> views.find(storyId, claim.id, null))
                        .map(row -> new Written(201, location.apply(claim.id), ClaimMapper.etag(row.version()),
                                write(ClaimMapper.claim(row)), false));
            });
        });
    }

    @WithTransaction
    public Uni<Versioned<Claim>> update(String storyId, UUID claimId, ClaimUpdate input, String ifMatch) {
        Edtf madeAt = parseDate(input.madeAt().edtf());
        return existing(storyId, claimId).chain(claim -> {
            checkVersion(claim, ifMatch);
            return claimant(input.claimantId()).chain(claimant -> {
                claim.proposition = input.proposition().strip();
                claim.claimantId = claimant.id;
                claim.madeAt(madeAt);
                claim.eventId = input.eventId();
                claim.tags = tags(input.tags());
                claim.updatedAt = now();
                return claims.flushSession().chain(() -> views.find(storyId, claimId, null));
            });
        }).map(ClaimService::versioned);
    }

    @WithTransaction
    public Uni<Void> delete(String storyId, UUID claimId, String ifMatch) {
        return existing(storyId, claimId).chain(claim -> {
            checkVersion(claim, ifMatch);
            return claims.remove(claim);
        });
    }

    @WithSession
    public Uni<Versioned<Claim>> get(String storyId, UUID claimId, Instant asOf) {
        return views.find(storyId, claimId, asOf).map(row -> row == null ? null : versioned(row));
    }

    @WithSession
    public Uni<ClaimPage> page(String storyId, List<ClaimStatus> statuses, UUID claimantId, String tag, Instant from,
                               Instant to, String text, Instant asOf, String after, Integer limit) {
        int size = Limits.check(limit);
        Cursor cursor = Cursor.decode(after, 3);
        ClaimFilter filter = new ClaimFilter(storyId,
                statuses == null ? null : statuses.stream().map(Enum::name).distinct().toList(),
                claimantId, tag, from, to, text, asOf,
                cursor == null ? null : cursor.instant(0), cursor == null ? null : cursor.instant(1),
                cursor == null ? null : cursor.uuid(2), size + 1);
        return views.list(filter).map(rows -> {
            List<Claim> items = rows.stream().limit(size).map(ClaimMapper::claim).toList();
            String next = null;
            if (rows.size() > size) {
                ClaimRow last = rows.get(size - 1);
                next = Cursor.encode(last.madeEarliest(), last.madeLatest(), last.id());
            }
            return new ClaimPage(items, next);
        });
    }

    @WithSession
    public Uni<DisputePage> disputes(String storyId, String after, Integer limit) {
        int size = Limits.check(limit);
        Cursor cursor = Cursor.decode(after, 2);
        return views.disputes(storyId, cursor == null ? null : cursor.instant(0), cursor == null ? null : cursor.uuid(1),
                size + 1).map(rows -> {
            String next = null;
            if (rows.size() > size) {
                ClaimRow last = rows.get(size - 1);
                next = Cursor.encode(last.lastActivityAt(), last.id());
            }
            return new DisputePage(rows.stream().limit(size).map(ClaimMapper::dispute).toList(), next);
        });
    }

    // ---- appearances -------------------------------------------------------------------------

    @WithTransaction
    public Uni<Written> addAppearance(String storyId, UUID claimId, Citation citation, String idempotencyKey,
                                      Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "addAppearance " + storyId + " " + claimId, citation,
                () -> existing(storyId, claimId).chain(claim -> {
                    AppearanceEntity appearance = appearance(citation, "url");
                    appearance.claimId = claimId;
                    appearance.recordedAt = now();
                    return claims.appearanceExists(claimId, appearance.url).chain(exists -> {
                        if (exists) {
                            return Uni.createFrom().failure(ProblemException.conflict("duplicate-appearance",
                                    "The claim already has this appearance",
                                    "The claim already appeared at " + appearance.url));
                        }
                        claim.updatedAt = appearance.recordedAt;
                        return claims.persistAll(appearance).chain(claims::flushSession)
                                .map(ignored -> new Written(201, location.apply(appearance.id), null,
                                        write(appearanceView(appearance)), false));
                    });
                }));
    }

    @WithSession
    public Uni<Appearance> appearance(String storyId, UUID claimId, UUID appearanceId) {
        return existing(storyId, claimId).chain(claim -> claims.appearance(appearanceId))
                .map(found -> found == null || !found.claimId.equals(claimId) ? null : appearanceView(found));
    }

    // ---- stances -----------------------------------------------------------------------------

    @WithTransaction
    public Uni<Written> takeStance(String storyId, UUID claimId, StanceInput input, String idempotencyKey,
                                   Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "takeStance " + storyId + " " + claimId, input,
                () -> existing(storyId, claimId).chain(claim -> actor(input.actorId(), "actorId")
                        .chain(actor -> notOwnClaim(claim, actor))
                        .chain(actor -> claims.currentStance(claimId, actor.id))
                        .chain(current -> {
                            if (current != null) {
                                return Uni.createFrom().failure(ProblemException.conflict("stance-exists",
                                        "The actor already holds a stance on this claim",
                                        "Change it with PUT on the actor's stance; the earlier one stays in the history"));
                            }
                            return record(claim, input.actorId(), input.position(), input.summary(),
                                    input.evidence(), input.takenAt());
                        })
                        .map(stance -> new Written(201, location.apply(input.actorId()), null, write(stance), false))));
    }

    @WithTransaction
    public Uni<Stance> changeStance(String storyId, UUID claimId, UUID actorId, StanceChange change) {
        return existing(storyId, claimId).chain(claim -> claims.currentStance(claimId, actorId).chain(current -> {
            if (current == null) {
                return Uni.createFrom().failure(ProblemException.notFound(
                        "Actor " + actorId + " holds no stance on this claim; take one with POST first"));
            }
            current.supersededAt = now();
            // The partial unique index allows one current stance: retire the old one before the new one is inserted.
            return claims.flushSession().chain(() -> record(claim, actorId, change.position(), change.summary(),
                    change.evidence(), change.takenAt()));
        }));
    }

    @WithSession
    public Uni<Stance> currentStance(String storyId, UUID claimId, UUID actorId) {
        return existing(storyId, claimId).chain(claim -> views.stanceHistory(claimId))
                .map(history -> history.stream()
                        .filter(s -> s.actorId().equals(actorId) && s.supersededAt() == null)
                        .findFirst().map(ClaimMapper::stance).orElse(null));
    }

    @WithSession
    public Uni<StancePage> stances(String storyId, UUID claimId, boolean history) {
        return existing(storyId, claimId).chain(claim -> views.stanceHistory(claimId))
                .map(rows -> new StancePage(rows.stream()
                        .filter(s -> history || s.supersededAt() == null)
                        .map(ClaimMapper::stance).toList(), null));
    }

    // ---- verdict -----------------------------------------------------------------------------

    @WithTransaction
    public Uni<Verdict> putVerdict(String storyId, UUID claimId, VerdictInput input) {
        return existing(storyId, claimId).chain(claim -> claims.verdict(claimId).chain(found -> {
            VerdictEntity verdict = found != null ? found : new VerdictEntity();
            verdict.claimId = claimId;
            verdict.rating = input.rating();
            verdict.explanation = input.explanation().strip();
            verdict.reviewer = input.reviewer().strip();
            verdict.reviewedAt = input.reviewedAt();
            verdict.recordedAt = now();
            claim.updatedAt = verdict.recordedAt;
            Uni<Void> saved = found != null ? Uni.createFrom().voidItem() : claims.persistAll(verdict);
            return saved.chain(claims::flushSession).map(ignored -> new Verdict(verdict.rating, verdict.explanation,
                    verdict.reviewer, verdict.reviewedAt, verdict.recordedAt));
        }));
    }

    @WithTransaction
    public Uni<Void> deleteVerdict(String storyId, UUID claimId) {
        return existing(storyId, claimId).chain(claim -> claims.verdict(claimId).chain(found -> {
            if (found == null) {
                return Uni.createFrom().failure(ProblemException.notFound("The claim has no verdict"));
            }
            claim.updatedAt = now();
            return claims.remove(found);
        }));
    }

    // ---- relations ---------------------------------------------------------------------------

    @WithTransaction
    public Uni<Written> relate(String storyId, UUID claimId, ClaimRelationInput input, String idempotencyKey,
                               Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "relateClaim " + storyId + " " + claimId, input,
                () -> existing(storyId, claimId).chain(claim -> {
                    if (claimId.equals(input.toClaimId())) {
                        return Uni.createFrom().failure(
                                ProblemException.invalidField("toClaimId", "a claim cannot relate to itself"));
                    }
                    return claims.findInStory(storyId, input.toClaimId()).chain(other -> {
                        if (other == null) {
                            return Uni.createFrom().failure(ProblemException.invalidField("toClaimId",
                                    "no claim " + input.toClaimId() + " in story " + storyId));
                        }
                        return claims.relationExists(claimId, other.id, input.type());
                    }).chain(exists -> {
                        if (exists) {
                            return Uni.createFrom().failure(ProblemException.conflict("duplicate-relation",
                                    "The claims are already related this way",
                                    "The relation " + input.type() + " between these claims exists"));
                        }
                        ClaimRelationEntity relation = new ClaimRelationEntity();
                        relation.id = UUID.randomUUID();
                        relation.fromClaimId = claimId;
                        relation.toClaimId = input.toClaimId();
                        relation.type = input.type();
                        relation.recordedAt = now();
                        return claims.persistAll(relation).chain(claims::flushSession)
                                .map(ignored -> new Written(201, location.apply(relation.id), null,
                                        write(ClaimMapper.relation(relation)), false));
                    });
                }));
    }

    @WithSession
    public Uni<ClaimRelationPage> relations(String storyId, UUID claimId) {
        return existing(storyId, claimId).chain(claim -> claims.relationsOf(claimId))
                .map(found -> new ClaimRelationPage(found.stream().map(ClaimMapper::relation).toList(), null));
    }

    @WithSession
    public Uni<ClaimRelation> relation(String storyId, UUID claimId, UUID relationId) {
        return existing(storyId, claimId).chain(claim -> claims.relation(relationId))
                .map(found -> found == null || !(found.fromClaimId.equals(claimId) || found.toClaimId.equals(claimId))
                        ? null : ClaimMapper.relation(found));
    }

    // ---- rules -------------------------------------------------------------------------------

    private Uni<ClaimEntity> existing(String storyId, UUID claimId) {
        return claims.findInStory(storyId, claimId).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No claim " + claimId + " in story " + storyId));
    }

    private Uni<ActorEntity> claimant(UUID claimantId) {
        return actor(claimantId, "claimantId");
    }

    private Uni<ActorEntity> actor(UUID actorId, String field) {
        return actors.findById(actorId).onItem().ifNull()
                .failWith(() -> ProblemException.invalidField(field, "no actor " + actorId));
    }

    /**
     * A claimant cannot take a stance on its own claim; nor can a member of a claimant GROUP, whose
     * support would be the group backing itself. A group taking a stance on a member's claim is
     * allowed: the group is a wider voice than the member.
     */
    private Uni<ActorEntity> notOwnClaim(ClaimEntity claim, ActorEntity actor) {
        if (actor.id.equals(claim.claimantId)) {
            return Uni.createFrom().failure(ProblemException.unprocessable("self-stance",
                    "A claimant cannot take a stance on its own claim",
                    "Actor " + actor.id + " made this claim"));
        }
        return actors.findById(claim.claimantId).chain(claimant -> {
            if (claimant.kind == ActorKind.GROUP && claimant.members != null
                    && List.of(claimant.members).contains(actor.id)) {
                return Uni.createFrom().failure(ProblemException.unprocessable("self-stance",
                        "A claimant cannot take a stance on its own claim",
                        "Actor " + actor.id + " is a member of the group that made this claim"));
            }
            return Uni.createFrom().item(actor);
        });
    }

    private Uni<Stance> record(ClaimEntity claim, UUID actorId, io.newsroom.claims.domain.Position position,
                               String summary, List<Citation> evidence, Instant takenAt) {
        Instant now = now();
        StanceEntity stance = new StanceEntity();
        stance.id = UUID.randomUUID();
        stance.claimId = claim.id;
        stance.actorId = actorId;
        stance.position = position;
        stance.summary = summary.strip();
        stance.takenAt = takenAt.truncatedTo(ChronoUnit.MICROS);
        stance.recordedAt = now;
        List<Object> rows = new ArrayList<>();
        rows.add(stance);
        List<Citation> cited = evidence == null ? List.of() : evidence;
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < cited.size(); i++) {
            Citation citation = cited.get(i);
            StanceEvidenceEntity item = new StanceEvidenceEntity();
            item.id = UUID.randomUUID();
            item.stanceId = stance.id;
            item.seq = i;
            item.url = normalise(citation.url(), "evidence." + i + ".url");
            if (!urls.add(item.url)) {
                throw ProblemException.invalidField("evidence." + i + ".url", "repeats an earlier citation");
            }
            item.outlet = citation.outlet();
            item.title = citation.title();
            item.publishedAt = citation.publishedAt();
            item.quote = citation.quote();
            rows.add(item);
        }
        // Touching the claim bumps its version, so its ETag changes with its stances.
        claim.updatedAt = now;
        return claims.persistAll(rows).chain(claims::flushSession)
                .chain(() -> views.stanceHistory(claim.id))
                .map(history -> history.stream().filter(s -> s.id().equals(stance.id)).findFirst()
                        .map(ClaimMapper::stance).orElseThrow());
    }

    private static Edtf parseDate(String edtf) {
        try {
            return Edtf.parse(edtf);
        } catch (Edtf.MalformedEdtfException e) {
            throw ProblemException.invalidField("madeAt.edtf", e.getMessage());
        }
    }

    private static List<AppearanceEntity> appearances(List<Citation> citations) {
        List<AppearanceEntity> result = new ArrayList<>();
        if (citations == null) {
            return result;
        }
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < citations.size(); i++) {
            AppearanceEntity appearance = appearance(citations.get(i), "appearances." + i + ".url");
            if (!urls.add(appearance.url)) {
                throw ProblemException.invalidField("appearances." + i + ".url", "repeats an earlier appearance");
            }
            result.add(appearance);
        }
        return result;
    }

    private static AppearanceEntity appearance(Citation citation, String field) {
        AppearanceEntity appearance = new AppearanceEntity();
        appearance.id = UUID.randomUUID();
        appearance.url = normalise(citation.url(), field);
        appearance.outlet = citation.outlet();
        appearance.title = citation.title();
        appearance.publishedAt = citation.publishedAt() == null ? null
                : citation.publishedAt().truncatedTo(ChronoUnit.MICROS);
        appearance.quote = citation.quote();
        return appearance;
    }

    private static String normalise(String url, String field) {
        try {
            return CitationUrl.normalise(url);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }

    private static String[] tags(List<String> tags) {
        return tags == null ? new String[0] : new LinkedHashSet<>(tags).toArray(String[]::new);
    }

    private static Appearance appearanceView(AppearanceEntity entity) {
        return new Appearance(entity.id, entity.url, entity.outlet, entity.title, entity.publishedAt, entity.quote,
                entity.recordedAt);
    }

    private static void checkVersion(ClaimEntity claim, String ifMatch) {
        if (!ClaimMapper.matches(ifMatch, claim.version)) {
            throw ProblemException.staleVersion("The claim is at version " + ClaimMapper.etag(claim.version)
                    + ", not " + ifMatch);
        }
    }

    private static Versioned<Claim> versioned(ClaimRow row) {
        return new Versioned<>(ClaimMapper.claim(row), row.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }
}
