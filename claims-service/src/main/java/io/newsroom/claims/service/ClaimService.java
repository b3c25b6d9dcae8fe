package io.newsroom.claims.service;

import io.newsroom.claims.api.Appearance;
import io.newsroom.claims.api.Citation;
import io.newsroom.claims.api.Claim;
import io.newsroom.claims.api.ClaimInput;
import io.newsroom.claims.api.ClaimPage;
import io.newsroom.claims.api.ClaimUpdate;
import io.newsroom.claims.api.ClaimToReview;
import io.newsroom.claims.api.DisputePage;
import io.newsroom.claims.api.ReviewPage;
import io.newsroom.claims.api.Revision;
import io.newsroom.claims.domain.AppearanceEntity;
import io.newsroom.claims.domain.ClaimEntity;
import io.newsroom.claims.domain.ClaimStatus;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.mapping.ClaimMapper;
import io.newsroom.claims.repository.AsOfRepository;
import io.newsroom.claims.repository.ClaimFilter;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.claims.repository.ClaimRow;
import io.newsroom.claims.repository.ClaimViewRepository;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.InvalidEdtfException;
import io.newsroom.stylebook.Languages;
import io.newsroom.stylebook.Pages;
import io.newsroom.stylebook.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Claims and where they appeared. Stances, verdicts and relations have their own services. */
@ApplicationScoped
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimViewRepository views;
    private final ClaimLookup lookup;
    private final IdempotencyService idempotency;
    private final Revisions revisions;
    private final StoryReferences references;
    private final AsOfRepository history;

    public ClaimService(ClaimRepository claims, ClaimViewRepository views, ClaimLookup lookup,
                        IdempotencyService idempotency, Revisions revisions, StoryReferences references,
                        AsOfRepository history) {
        this.claims = claims;
        this.views = views;
        this.history = history;
        this.lookup = lookup;
        this.idempotency = idempotency;
        this.revisions = revisions;
        this.references = references;
    }

    /**
     * Records a claim once timeline-service has confirmed its story and event. The check comes first and
     * outside the transaction, so no connection is held while another service is asked (a retry with the
     * same Idempotency-Key is checked again before its first answer is replayed).
     */
    public Uni<Written> create(String storyId, ClaimInput input, String idempotencyKey, String path,
                               Function<UUID, URI> location) {
        return references.check(storyId, input.eventId())
                .chain(() -> Panache.withTransaction(() -> write(storyId, input, idempotencyKey, path, location)));
    }

    private Uni<Written> write(String storyId, ClaimInput input, String idempotencyKey, String path,
                               Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "createClaim", path, input, () -> {
            Edtf madeAt = madeAt(input.madeAt().edtf());
            String language = Citations.language(input.language(), "language");
            List<AppearanceEntity> appearances = appearances(input.appearances());
            return lookup.actor(input.claimantId(), "claimantId").chain(claimant -> {
                Instant now = lookup.now();
                ClaimEntity claim = new ClaimEntity();
                claim.id = UUID.randomUUID();
                claim.storyId = storyId;
                claim.claimantId = claimant.id;
                apply(claim, input.proposition(), language, madeAt, input.eventId(), input.tags());
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
                        .chain(() -> views.findWritten(storyId, claim.id))
                        .call(row -> revisions.record(now, created(row)))
                        .map(row -> new Written(201, location.apply(claim.id), EntityTags.of(row.version()),
                                lookup.body(ClaimMapper.claim(row)), false));
            });
        });
    }

    /**
     * Replaces a claim's fields; an event it moves to is checked with timeline-service first, outside the
     * transaction. An unchanged event is not asked about again: it was checked when it was set.
     */
    public Uni<Versioned<Claim>> update(String storyId, UUID claimId, ClaimUpdate input, String ifMatch) {
        Edtf madeAt = madeAt(input.madeAt().edtf());
        String language = Citations.language(input.language(), "language");
        Uni<Void> checked = input.eventId() == null ? Uni.createFrom().voidItem()
                : views.find(storyId, claimId).chain(stored -> stored == null
                        || input.eventId().equals(stored.eventId()) ? Uni.createFrom().voidItem()
                        : references.checkEvent(storyId, input.eventId()));
        return checked.chain(() -> Panache.withTransaction(() -> replace(storyId, claimId, input, ifMatch, madeAt,
                language)));
    }

    private Uni<Versioned<Claim>> replace(String storyId, UUID claimId, ClaimUpdate input, String ifMatch,
                                          Edtf madeAt, String language) {
        return lookup.matching(storyId, claimId, ifMatch)
                .chain(claim -> lookup.actor(input.claimantId(), "claimantId").chain(claimant -> {
                    claim.claimantId = claimant.id;
                    apply(claim, input.proposition(), language, madeAt, input.eventId(), input.tags());
                    claim.updatedAt = lookup.now();
                    return claims.flushSession().chain(() -> views.findWritten(storyId, claimId))
                            .call(row -> revisions.record(claim.updatedAt, List.of(
                                    Revisions.Revised.claim(RevisionAction.UPDATED, ClaimMapper.claim(row), row.version()))));
                }))
                .map(ClaimService::versioned);
    }

    /**
     * Deletes the claim with everything that hangs off it. Each of them leaves a DELETED revision with the
     * state it had, all at one instant, which is how a restore finds what to bring back.
     */
    @WithTransaction
    public Uni<Void> delete(String storyId, UUID claimId, String ifMatch) {
        return lookup.matching(storyId, claimId, ifMatch).chain(claim -> delete(claim, lookup.now(), null));
    }

    /**
     * Deletes a claim as {@link #delete(String, UUID, String)} does, inside the caller's transaction, with its
     * revisions at {@code at} by {@code author} (null: the caller of the request).
     */
    Uni<Void> delete(ClaimEntity claim, Instant at, Revision.Author author) {
        String storyId = claim.storyId;
        UUID claimId = claim.id;
        return views.findWritten(storyId, claimId)
                .chain(row -> views.stanceHistory(claimId).chain(stances -> claims.relationsOf(claimId)
                        .chain(relations -> {
                            Claim gone = ClaimMapper.claim(row);
                            List<Revisions.Revised> deleted = new ArrayList<>();
                            deleted.add(Revisions.Revised.claim(RevisionAction.DELETED, gone, row.version()));
                            gone.appearances().forEach(appearance -> deleted.add(
                                    Revisions.Revised.appearance(RevisionAction.DELETED, storyId, claimId, appearance)));
                            stances.forEach(stance -> deleted.add(
                                    Revisions.Revised.stance(RevisionAction.DELETED, storyId, ClaimMapper.stance(stance))));
                            if (gone.verdict() != null) {
                                deleted.add(Revisions.Revised.verdict(RevisionAction.DELETED, storyId, claimId,
                                        gone.verdict()));
                            }
                            relations.forEach(relation -> deleted.add(Revisions.Revised.relation(
                                    RevisionAction.DELETED, storyId, ClaimMapper.relation(relation))));
                            return author == null ? revisions.record(at, deleted)
                                    : revisions.record(at, deleted, author);
                        })))
                .chain(() -> claims.remove(claim));
    }

    // Reads committed data straight from the pool: no session needed. As of an instant, from the revisions.
    public Uni<Versioned<Claim>> get(String storyId, UUID claimId, Instant asOf) {
        return (asOf == null ? views.find(storyId, claimId) : history.find(storyId, claimId, asOf))
                .map(row -> row == null ? null : versioned(row));
    }

    public Uni<ClaimPage> page(String storyId, List<ClaimStatus> statuses, UUID claimantId, String tag, Instant from,
                               Instant to, String text, Instant asOf, String after, Integer limit) {
        int size = Pages.limit(limit);
        Cursor cursor = Cursor.decode(after, 3);
        ClaimFilter filter = new ClaimFilter(storyId,
                statuses == null ? null : statuses.stream().map(Enum::name).distinct().toList(),
                claimantId, tag, from, to, text, asOf,
                cursor == null ? null : cursor.instant(0), cursor == null ? null : cursor.instant(1),
                cursor == null ? null : cursor.uuid(2), size + 1);
        return (asOf == null ? views.list(filter) : history.list(filter)).map(rows -> {
            List<Claim> items = rows.stream().limit(size).map(ClaimMapper::claim).toList();
            String next = null;
            if (rows.size() > size) {
                ClaimRow last = rows.get(size - 1);
                next = Cursor.encode(last.madeEarliest(), last.madeLatest(), last.id());
            }
            return new ClaimPage(items, next);
        });
    }

    public Uni<DisputePage> disputes(String storyId, Instant asOf, String after, Integer limit) {
        int size = Pages.limit(limit);
        Cursor cursor = Cursor.decode(after, 2);
        Instant afterActivity = cursor == null ? null : cursor.instant(0);
        UUID afterId = cursor == null ? null : cursor.uuid(1);
        return (asOf == null ? views.disputes(storyId, afterActivity, afterId, size + 1)
                : history.disputes(storyId, asOf, afterActivity, afterId, size + 1)).map(rows -> {
            String next = null;
            if (rows.size() > size) {
                ClaimRow last = rows.get(size - 1);
                next = Cursor.encode(last.lastActivityAt(), last.id());
            }
            return new DisputePage(rows.stream().limit(size).map(ClaimMapper::dispute).toList(), next);
        });
    }

    /** The story's claims whose evidence changed since they were recorded, for the desk to confirm or fix. */
    public Uni<ReviewPage> review(String storyId, String after, Integer limit) {
        int size = Pages.limit(limit);
        Cursor cursor = Cursor.decode(after, 3);
        return views.review(storyId, cursor == null ? null : cursor.instant(0), cursor == null ? null : cursor.instant(1),
                cursor == null ? null : cursor.uuid(2), size + 1).map(rows -> {
            String next = null;
            if (rows.size() > size) {
                ClaimViewRepository.ReviewRow last = rows.get(size - 1);
                next = Cursor.encode(last.madeEarliest(), last.madeLatest(), last.id());
            }
            return new ReviewPage(rows.stream().limit(size)
                    .map(row -> new ClaimToReview("claim", row.id(), row.proposition(), row.reasons())).toList(), next);
        });
    }

    @WithTransaction
    public Uni<Written> addAppearance(String storyId, UUID claimId, Citation citation, String idempotencyKey,
                                      String path, Function<UUID, URI> location) {
        return idempotency.once(idempotencyKey, "addAppearance", path, citation,
                () -> lookup.existing(storyId, claimId).chain(claim -> {
                    AppearanceEntity appearance = Citations.appearance(citation, "");
                    appearance.claimId = claimId;
                    appearance.recordedAt = lookup.now();
                    return claims.appearanceExists(claimId, appearance.url).chain(exists -> {
                        if (exists) {
                            return Uni.createFrom().failure(ProblemException.conflict(
                                    "The claim already appeared at " + appearance.url
                                            + " (URLs are compared after normalisation)"));
                        }
                        claim.updatedAt = appearance.recordedAt;
                        Appearance added = Citations.view(appearance);
                        return claims.persistAll(appearance).chain(claims::flushSession)
                                .call(() -> revisions.record(appearance.recordedAt, List.of(
                                        Revisions.Revised.appearance(RevisionAction.CREATED, storyId, claimId, added))))
                                .map(ignored -> new Written(201, location.apply(appearance.id), null,
                                        lookup.body(added), false));
                    });
                }));
    }

    /** @param asOf null for the appearance now, else as the claim of then held it (from the revisions) */
    public Uni<Appearance> appearance(String storyId, UUID claimId, UUID appearanceId, Instant asOf) {
        if (asOf != null) {
            return lookup.existedThen(history.appearancesOf(storyId, claimId, asOf), storyId, claimId, asOf)
                    .map(appearances -> appearances.stream().filter(a -> a.id().equals(appearanceId)).findFirst()
                            .map(ClaimMapper::appearance).orElse(null));
        }
        // From the claim as it is read (one statement), so the appearance carries its article's status too.
        return views.find(storyId, claimId).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No claim " + claimId + " in story " + storyId))
                .map(row -> row.appearances().stream().filter(a -> a.id().equals(appearanceId)).findFirst()
                        .map(ClaimMapper::appearance).orElse(null));
    }

    private static void apply(ClaimEntity claim, String proposition, String language, Edtf madeAt, UUID eventId,
                              List<String> tags) {
        claim.proposition = proposition.strip();
        claim.language = language;
        claim.searchConfig = Languages.searchConfiguration(language);
        claim.madeAt(madeAt);
        claim.eventId = eventId;
        claim.tags = tags == null ? new String[0] : new LinkedHashSet<>(tags).toArray(String[]::new);
    }

    private static Edtf madeAt(String edtf) {
        try {
            return Edtf.parse(edtf);
        } catch (InvalidEdtfException e) {
            throw ProblemException.invalid("madeAt.edtf", e.getMessage());
        }
    }

    private static List<AppearanceEntity> appearances(List<Citation> citations) {
        List<AppearanceEntity> result = new ArrayList<>();
        if (citations == null) {
            return result;
        }
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < citations.size(); i++) {
            AppearanceEntity appearance = Citations.appearance(citations.get(i), "appearances[" + i + "]");
            if (!urls.add(appearance.url)) {
                throw ProblemException.invalid("appearances[" + i + "].url", "repeats an earlier appearance");
            }
            result.add(appearance);
        }
        return result;
    }

    /** A new claim and the appearances it was recorded with. */
    private static List<Revisions.Revised> created(ClaimRow row) {
        Claim claim = ClaimMapper.claim(row);
        List<Revisions.Revised> created = new ArrayList<>();
        created.add(Revisions.Revised.claim(RevisionAction.CREATED, claim, row.version()));
        claim.appearances().forEach(appearance -> created.add(
                Revisions.Revised.appearance(RevisionAction.CREATED, claim.storyId(), claim.id(), appearance)));
        return created;
    }

    private static Versioned<Claim> versioned(ClaimRow row) {
        return new Versioned<>(ClaimMapper.claim(row), row.version());
    }
}
