package io.newsroom.timeline.service;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.api.ArticleInput;
import io.newsroom.timeline.api.ArticlePage;
import io.newsroom.timeline.api.ArticleStatusInput;
import io.newsroom.timeline.api.BiasCoverage;
import io.newsroom.timeline.api.Coverage;
import io.newsroom.timeline.api.OutletCoverage;
import io.newsroom.timeline.domain.ArticleEntity;
import io.newsroom.timeline.domain.ArticleStatus;
import io.newsroom.timeline.domain.Bias;
import io.newsroom.timeline.domain.OutletEntity;
import io.newsroom.timeline.mapping.ArticleMapper;
import io.newsroom.timeline.repository.ArticleRepository;
import io.newsroom.timeline.repository.OutletRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ArticleService {

    private final StoryService stories;
    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final RevisionService revisions;
    private final EventService events;
    private final IdempotencyService idempotency;

    public ArticleService(StoryService stories, ArticleRepository articles, OutletRepository outlets,
            RevisionService revisions, EventService events, IdempotencyService idempotency) {
        this.stories = stories;
        this.articles = articles;
        this.outlets = outlets;
        this.revisions = revisions;
        this.events = events;
        this.idempotency = idempotency;
    }

    @WithTransaction
    public Uni<Versioned<Article>> create(String storyId, ArticleInput input) {
        String url;
        String host;
        try {
            url = CitationUrl.normalise(input.url());
            host = CitationUrl.host(url);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalid("url", e.getMessage()));
        }
        if (input.zone() != null) {
            RelativeDateService.zone(input.zone(), "zone");
        }
        return stories.require(storyId)
                .call(() -> articles.existsInStory(storyId, url).invoke(exists -> {
                    if (exists) {
                        throw ProblemException.conflict("the story '" + storyId + "' already has the article " + url);
                    }
                }))
                .chain(() -> outletFor(input.outletId(), host))
                .chain(outlet -> {
                    ArticleEntity article = new ArticleEntity();
                    article.id = UUID.randomUUID();
                    article.storyId = storyId;
                    article.url = url;
                    article.outletId = outlet == null ? null : outlet.id;
                    article.title = input.title();
                    article.publishedAt = input.publishedAt();
                    article.zone = input.zone();
                    article.recordedAt = RecordingClock.now();
                    return articles.persistAndFlush(article)
                            .call(() -> revisions.created(RevisionService.Subject.of(article), article.recordedAt));
                })
                .map(ArticleService::versioned);
    }

    private Uni<OutletEntity> outletFor(UUID outletId, String host) {
        if (outletId == null) {
            return outlets.findByHost(host);
        }
        return outlets.findById(outletId).invoke(outlet -> {
            if (outlet == null) {
                throw ProblemException.invalid("outletId", "there is no outlet " + outletId);
            }
        });
    }

    @WithSession
    public Uni<Versioned<Article>> get(String storyId, UUID id) {
        return require(storyId, id).map(ArticleService::versioned);
    }

    /**
     * A correction or retraction by the article's outlet (or the undoing of one recorded in error),
     * recorded as a revision of the article whose changes name status. The events citing the
     * article are not written: their reads join the article, so they are flagged as soon as this commits.
     */
    @WithTransaction
    public Uni<Versioned<Article>> changeStatus(String storyId, UUID id, String ifMatch, ArticleStatusInput input) {
        Instant now = RecordingClock.now();
        requireExplained(input, now);
        return require(storyId, id).chain(article -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(article.version), "the article " + id);
            if (!article.status.canBecome(input.status())) {
                throw ProblemException.field(ProblemType.TRANSITION_REFUSED, "status", "an article that is "
                        + article.status + " cannot become " + input.status() + (article.status == input.status()
                        ? ": it is " + input.status() + " already" : article.status == ArticleStatus.RETRACTED
                        ? ": a retracted article has no text left to correct; record PUBLISHED only to undo a retraction"
                                + " recorded in error" : ""));
            }
            article.status = input.status();
            boolean published = input.status() == ArticleStatus.PUBLISHED;
            article.statusNote = published ? null : input.note().strip();
            article.statusChangedAt = published ? null : input.at() == null ? now : input.at();
            return articles.flush()
                    .call(() -> revisions.updated(RevisionService.Subject.of(article), now))
                    .replaceWith(article);
        }).map(ArticleService::versioned);
    }

    /** A correction or retraction says what and when; a return to PUBLISHED has neither. */
    private static void requireExplained(ArticleStatusInput input, Instant now) {
        if (input.status() == ArticleStatus.PUBLISHED) {
            if (input.note() != null) {
                throw ProblemException.invalid("note", "an article returned to PUBLISHED carries no note; the revision"
                        + " keeps the note of the correction or retraction it undoes");
            }
            if (input.at() != null) {
                throw ProblemException.invalid("at", "an article returned to PUBLISHED carries no time of change");
            }
            return;
        }
        if (input.note() == null || input.note().isBlank()) {
            throw ProblemException.invalid("note", "a " + input.status() + " article needs a note saying "
                    + (input.status() == ArticleStatus.CORRECTED ? "what its outlet corrected" : "why its outlet retracted it"));
        }
        if (input.at() != null && input.at().isAfter(now)) {
            throw ProblemException.invalid("at", "the outlet cannot have changed the article at " + input.at()
                    + ", which is still in the future");
        }
    }

    /** Events anchored to it keep the anchor's time and zone; an admin may restore it within the retention. */
    @WithTransaction
    public Uni<Void> delete(String storyId, UUID id, String ifMatch) {
        return require(storyId, id).chain(article -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(article.version), "the article " + id);
            Instant now = RecordingClock.now();
            return revisions.deleted(RevisionService.Subject.of(article), now)
                    .chain(() -> events.detachAnchor(storyId, id, now))
                    .call(() -> idempotency.forgetCreated("/stories/" + storyId + "/articles/" + id))
                    .chain(() -> articles.delete("id", id));
        }).replaceWithVoid();
    }

    private Uni<ArticleEntity> require(String storyId, UUID id) {
        return stories.require(storyId)
                .chain(() -> articles.findInStory(storyId, id))
                .map(article -> {
                    if (article == null) {
                        throw ProblemException.notFound("the story '" + storyId + "' has no article " + id);
                    }
                    return article;
                });
    }

    @WithSession
    public Uni<ArticlePage> list(String storyId, int limit, String after) {
        Cursor cursor = Cursor.decode(after, 2);
        Instant publishedAt = cursor == null ? null : cursor.instant(0);
        UUID id = cursor == null ? null : cursor.uuid(1);
        return stories.require(storyId)
                .chain(() -> articles.page(storyId, publishedAt, id, limit + 1))
                .map(rows -> {
                    boolean more = rows.size() > limit;
                    List<ArticleEntity> shown = more ? rows.subList(0, limit) : rows;
                    ArticleEntity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
                    String next = more ? Cursor.encode(last.publishedAt, last.id) : null;
                    return new ArticlePage(shown.stream().map(ArticleMapper::toApi).toList(), next);
                });
    }

    @WithSession
    public Uni<Coverage> coverage(String storyId) {
        return stories.require(storyId)
                .chain(() -> articles.countByOutlet(storyId))
                .chain(counts -> {
                    List<UUID> ids = counts.stream().map(ArticleRepository.OutletCount::outletId)
                            .filter(id -> id != null).toList();
                    Uni<List<OutletEntity>> known = ids.isEmpty() ? Uni.createFrom().item(List.of())
                            : outlets.list("id in ?1", ids);
                    return known.map(found -> coverage(storyId, counts, found));
                });
    }

    /** The coverage summary from per-outlet counts; the story window builds the same one from its own statement. */
    static Coverage coverage(String storyId, List<ArticleRepository.OutletCount> counts, List<OutletEntity> known) {
        Map<UUID, OutletEntity> byId = known.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<Bias, long[]> byBias = new EnumMap<>(Bias.class);
        for (Bias bias : Bias.values()) {
            byBias.put(bias, new long[2]);
        }
        long articleCount = 0;
        long unmatched = 0;
        List<OutletCoverage> outletCoverage = new ArrayList<>();
        for (ArticleRepository.OutletCount count : counts) {
            articleCount += count.articleCount();
            OutletEntity outlet = count.outletId() == null ? null : byId.get(count.outletId());
            if (outlet == null) {
                unmatched += count.articleCount();
                byBias.get(Bias.UNRATED)[1] += count.articleCount();
                continue;
            }
            byBias.get(outlet.bias)[0]++;
            byBias.get(outlet.bias)[1] += count.articleCount();
            outletCoverage.add(new OutletCoverage(outlet.id, outlet.name, outlet.domain, outlet.bias, count.articleCount()));
        }
        outletCoverage.sort(Comparator.comparingLong(OutletCoverage::articleCount).reversed()
                .thenComparing(OutletCoverage::domain));
        List<BiasCoverage> split = byBias.entrySet().stream()
                .map(e -> new BiasCoverage(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Coverage(storyId, articleCount, outletCoverage.size(), unmatched, split, outletCoverage);
    }


    private static Versioned<Article> versioned(ArticleEntity article) {
        return new Versioned<>(ArticleMapper.toApi(article), article.version);
    }
}
