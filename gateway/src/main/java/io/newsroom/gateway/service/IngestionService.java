package io.newsroom.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.client.Paging;
import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.client.TimelineClient;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.ingestion.ArticleReader;
import io.newsroom.gateway.ingestion.MainText;
import io.newsroom.gateway.ingestion.Proposals;
import io.newsroom.gateway.ingestion.StoryKnowledge;
import io.newsroom.gateway.mapping.IngestionMapper;
import io.newsroom.gateway.repository.CandidateEntity;
import io.newsroom.gateway.repository.CandidateRepository;
import io.newsroom.gateway.repository.IngestionEntity;
import io.newsroom.gateway.repository.IngestionRepository;
import io.newsroom.gateway.security.Caller;
import io.newsroom.gateway.view.ArticleSubmission;
import io.newsroom.gateway.view.Editor;
import io.newsroom.gateway.view.Ingestion;
import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.Languages;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.Zones;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Reads an article for a story: records it as coverage in the timeline-service (as the caller), reads what the story
 * already holds, lets the engine propose candidates against it, and keeps the ingestion and its candidates in the
 * gateway's database. Nothing is created in the services but the coverage article until an editor accepts a candidate.
 * <p>
 * The same article handed in again (same URL, same text, time, zone, outlet and language) is answered with the
 * ingestion it got the first time: it proposes nothing new. A corrected article (same URL, other text) is read
 * anew, and proposes only what the earlier versions did not (a sentence unchanged at its place keeps its
 * fingerprint); facts accepted from them meanwhile are known to it, so it proposes citations of those.
 */
@ApplicationScoped
public class IngestionService {

    /** What a post of an article answered: the ingestion, and whether it was read now or had been before. */
    public record Answer(Ingestion ingestion, boolean created) {
    }

    private static final ArticleReader READER = ArticleReader.standard();
    /** Dates read against the publication ("next year", "in 2014") must stay four-digit EDTF years. */
    private static final Instant EARLIEST_PUBLICATION = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST_PUBLICATION = Instant.parse("9998-12-31T23:59:59Z");

    private final TimelineClient timeline;
    private final StoryKnowledgeReader knowledge;
    private final IngestionRepository ingestions;
    private final CandidateRepository candidates;
    private final IngestionRecorder recorder;
    private final Caller caller;
    private final GatewayConfig config;
    private final Vertx vertx;

    public IngestionService(TimelineClient timeline, StoryKnowledgeReader knowledge, IngestionRepository ingestions,
            CandidateRepository candidates, IngestionRecorder recorder, Caller caller, GatewayConfig config, Vertx vertx) {
        this.timeline = timeline;
        this.knowledge = knowledge;
        this.ingestions = ingestions;
        this.candidates = candidates;
        this.recorder = recorder;
        this.caller = caller;
        this.config = config;
        this.vertx = vertx;
    }

    public Uni<Answer> ingest(String storyId, ArticleSubmission submission) {
        Submitted article = validate(submission);
        Editor editor = caller.editor();
        return Downstream.guarded(timeline.findStory(storyId, null)
                .chain(story -> {
                    if (story == null) {
                        throw new StoryNotFoundException(storyId);
                    }
                    return ingestions.ofSameArticle(storyId, article.url, article.sha256);
                })
                .chain(earlier -> earlier != null ? answer(earlier, false) : readAnew(storyId, article, editor)), config.ingestionBudget());
    }

    /** The ingestion of the story with its candidates in article order; a null item when the story has none of that id. */
    public Uni<Ingestion> find(String storyId, String ingestionId) {
        UUID id = Ids.uuidOrNull(ingestionId);
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return ingestions.inStory(storyId, id).chain(found -> found == null ? Uni.createFrom().nullItem()
                : candidates.ofIngestion(found.id).map(rows -> IngestionMapper.ingestion(found, rows)));
    }

    private Uni<Answer> answer(IngestionEntity ingestion, boolean created) {
        return candidates.ofIngestion(ingestion.id).map(rows -> new Answer(IngestionMapper.ingestion(ingestion, rows), created));
    }

    private Uni<Answer> readAnew(String storyId, Submitted article, Editor editor) {
        return outlet(article)
                .chain(outlet -> coverage(storyId, article, outlet).map(articleId -> entity(storyId, article, outlet, articleId, editor)))
                .chain(ingestion -> knowledge.read(storyId)
                        .chain(story -> propose(article, story))
                        .chain(proposals -> ingestions.fingerprintsOfArticle(storyId, article.url).chain(earlier -> {
                            List<CandidateEntity> rows = IngestionMapper.candidates(ingestion, proposals, new HashSet<>(earlier));
                            return recorder.record(ingestion, rows).replaceWith(new Answer(IngestionMapper.ingestion(ingestion, rows), true));
                        })))
                // The same article posted twice at once: the other post recorded it first, so its ingestion is the answer.
                .onFailure(Downstream::isUniqueViolation).recoverWithUni(duplicate -> ingestions.ofSameArticle(storyId, article.url, article.sha256)
                        .chain(first -> first == null ? Uni.createFrom().failure(duplicate) : answer(first, false)));
    }

    /**
     * The engine reads the article twice when the first reading names actors the story does not know: the system's
     * actors of those names are then known to the second reading, so it cites them instead of proposing them again.
     * Off the event loop: a long article takes the engine about a second.
     */
    private Uni<Proposals> propose(Submitted article, StoryKnowledge story) {
        return read(article, story).chain(first -> knowledge.withActorsNamed(story, first.actors())
                .chain(more -> more.actors().size() == story.actors().size() ? Uni.createFrom().item(first) : read(article, more)));
    }

    private Uni<Proposals> read(Submitted article, StoryKnowledge story) {
        return vertx.executeBlocking(() -> READER.read(article.engine(), story), false);
    }

    /** The outlet the caller named, or else the one whose domain the URL has. */
    private Uni<Outlet> outlet(Submitted article) {
        if (article.outletId != null) {
            return timeline.findOutlet(article.outletId, null).map(found -> {
                if (found == null) {
                    throw ProblemException.field(ProblemType.REFERENCE, "outletId", "is no outlet of the timeline-service");
                }
                return found;
            });
        }
        String domain = CitationUrl.host(article.url);
        return timeline.outletByDomain(domain).map(found -> {
            if (found == null) {
                throw ProblemException.field(ProblemType.REFERENCE, "outletId", "no outlet has the domain " + domain
                        + " or a parent of it: give the outlet's id, or create the outlet in the timeline-service first");
            }
            return found;
        });
    }

    /**
     * The article's id in the story's coverage: the one there when the story already covers this URL, else one
     * created now, as the caller, under a key of this story, URL and content, so a retried post creates one article.
     */
    private Uni<String> coverage(String storyId, Submitted article, Outlet outlet) {
        Article input = new Article(null, article.url, outlet.id(), article.title, article.publishedAt, article.zone.getId());
        return inCoverage(storyId, article.url).chain(found -> found != null ? Uni.createFrom().item(found)
                : timeline.createArticle(Ids.key("coverage", storyId, article.url, article.sha256), storyId, input, outlet.id())
                        .map(created -> created.item().id())
                        // Recorded meanwhile by another desk or post: the story covers it, which is what is needed.
                        .onFailure(f -> f instanceof ServiceRejectedException r && r.status() == 409)
                        .recoverWithUni(conflict -> inCoverage(storyId, article.url).map(again -> {
                            if (again == null) {
                                throw conflict instanceof RuntimeException e ? e : new IllegalStateException(conflict);
                            }
                            return again;
                        })));
    }

    private Uni<String> inCoverage(String storyId, String url) {
        return Paging.all(after -> timeline.articles(storyId, after, config.pageSize(), null), config.maxPages())
                .map(articles -> articles.stream().filter(a -> url.equals(BundleImportService.sameArticle(a.url())))
                        .map(Article::id).findFirst().orElse(null));
    }

    private static IngestionEntity entity(String storyId, Submitted article, Outlet outlet, String articleId, Editor editor) {
        IngestionEntity ingestion = new IngestionEntity();
        ingestion.id = UUID.randomUUID();
        ingestion.storyId = storyId;
        ingestion.articleUrl = article.url;
        ingestion.articleId = UUID.fromString(articleId);
        ingestion.outletId = UUID.fromString(outlet.id());
        ingestion.outletName = outlet.name();
        ingestion.title = article.title;
        ingestion.publishedAt = article.publishedAt;
        ingestion.zone = article.zone.getId();
        ingestion.language = article.language;
        ingestion.fromHtml = article.html != null;
        ingestion.contentSha256 = article.sha256;
        ingestion.mainText = article.mainText;
        ingestion.ingestedBySubject = editor.subject();
        ingestion.ingestedByName = editor.name();
        ingestion.ingestedAt = Instant.now();
        return ingestion;
    }

    /** A submission that passed every rule, with what the rules derived from it. */
    record Submitted(String url, String title, Instant publishedAt, ZoneId zone, String outletId, String text,
                             String html, String language, String mainText, String sha256) {

        io.newsroom.gateway.ingestion.Article engine() {
            return new io.newsroom.gateway.ingestion.Article(url, title, publishedAt, zone, text, html, language);
        }
    }

    /** Every rule a submission breaks, named by field, at once; the engine reads English only. */
    static Submitted validate(ArticleSubmission s) {
        if (s == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The body is empty; it must be an article");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String url = null;
        if (s.url() == null || s.url().isBlank()) {
            problems.add(new FieldProblem("url", "is required"));
        } else if (s.url().length() > CitationUrl.MAX_LENGTH) {
            problems.add(new FieldProblem("url", "must be at most " + CitationUrl.MAX_LENGTH + " characters"));
        } else {
            try {
                url = CitationUrl.normalise(s.url());
            } catch (IllegalArgumentException invalid) {
                problems.add(new FieldProblem("url", "must be an absolute http(s) URL"));
            }
        }
        if (s.title() != null && s.title().length() > ArticleSubmission.MAX_TITLE) {
            problems.add(new FieldProblem("title", "must be at most " + ArticleSubmission.MAX_TITLE + " characters"));
        }
        if (s.publishedAt() == null) {
            problems.add(new FieldProblem("publishedAt", "is required: relative dates are read from it"));
        } else if (s.publishedAt().isBefore(EARLIEST_PUBLICATION) || s.publishedAt().isAfter(LATEST_PUBLICATION)) {
            problems.add(new FieldProblem("publishedAt", "must lie in the years 1000 to 9998: the dates read from it are "
                    + "EDTF dates of four-digit years"));
        }
        ZoneId zone = null;
        if (s.zone() == null || s.zone().isBlank()) {
            problems.add(new FieldProblem("zone", "is required: 'yesterday' depends on it"));
        } else if (s.zone().length() > ArticleSubmission.MAX_ZONE) {
            problems.add(new FieldProblem("zone", "must be at most " + ArticleSubmission.MAX_ZONE + " characters: " + Zones.FORMS));
        } else {
            try {
                zone = Zones.parse(s.zone());
            } catch (IllegalArgumentException invalid) {
                problems.add(new FieldProblem("zone", "must be " + Zones.FORMS));
            }
        }
        if (s.outletId() != null && Ids.uuidOrNull(s.outletId()) == null) {
            problems.add(new FieldProblem("outletId", "must be an outlet's id (a UUID)"));
        }
        String language = null;
        if (s.language() != null) {
            try {
                language = Languages.normalise(s.language());
            } catch (IllegalArgumentException | java.util.IllformedLocaleException invalid) {
                problems.add(new FieldProblem("language", "must be a BCP 47 language tag such as en"));
            }
            if (language != null && !Locale.forLanguageTag(language).getLanguage().equals("en")) {
                problems.add(new FieldProblem("language", "articles in '" + language + "' cannot be read yet: only English (en)"));
            }
        }
        String mainText = null;
        if ((s.text() == null) == (s.html() == null)) {
            problems.add(new FieldProblem("text", "give the article's text, or its page as html, exactly one of them"));
        } else if (s.text() != null) {
            mainText = checkedText(problems, "text", s.text(), ArticleSubmission.MAX_TEXT);
        } else if (s.html().length() > ArticleSubmission.MAX_HTML) {
            problems.add(new FieldProblem("html", "must be at most " + ArticleSubmission.MAX_HTML + " characters"));
        } else {
            mainText = checkedText(problems, "html", MainText.fromHtml(s.html()), ArticleSubmission.MAX_TEXT);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The article cannot be read: " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""), problems);
        }
        // An article said to be English and one that does not say are read alike, so they are the same article.
        String read = language == null ? "en" : language;
        String sha = sha256(url, s.title(), s.publishedAt().toString(), zone.getId(), s.outletId(), read,
                s.text() != null ? "text" : "html", s.text() != null ? s.text() : s.html());
        return new Submitted(url, s.title(), s.publishedAt(), zone, s.outletId(), s.text(), s.html(), read, mainText, sha);
    }

    private static String checkedText(List<FieldProblem> problems, String field, String text, int max) {
        if (text.isBlank()) {
            problems.add(new FieldProblem(field, "has no text to read"));
            return null;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(field, (field.equals("html") ? "has a main text of more than " : "must be at most ")
                    + max + " characters"));
            return null;
        }
        // PostgreSQL cannot store a NUL character in text; no article needs one.
        if (text.indexOf('\0') >= 0) {
            problems.add(new FieldProblem(field, "must not contain NUL characters"));
            return null;
        }
        return text;
    }

    private static String sha256(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
