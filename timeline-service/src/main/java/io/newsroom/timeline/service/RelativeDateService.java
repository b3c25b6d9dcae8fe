package io.newsroom.timeline.service;

import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.RelativePhrases;
import io.newsroom.stylebook.UnresolvablePhraseException;
import io.newsroom.stylebook.Zones;
import io.newsroom.timeline.api.Anchor;
import io.newsroom.timeline.api.RelativeDate;
import io.newsroom.timeline.api.ResolvedDate;
import io.newsroom.timeline.repository.ArticleRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.List;

/** Resolves relative phrases against an anchor given as an instant and zone, or as a coverage article. */
@ApplicationScoped
public class RelativeDateService {

    /** A phrase resolved, with the anchor as it was used (an article's anchor filled in from the article). */
    public record Resolution(Edtf date, String phrase, Anchor anchor) {
    }

    private final ArticleRepository articles;

    public RelativeDateService(ArticleRepository articles) {
        this.articles = articles;
    }

    /**
     * @param storyId the story an article anchor must cover, or null when any article will do
     * @param field   where the phrase sits in the request, for the problem's field path
     */
    public Uni<Resolution> resolve(RelativeDate relative, String storyId, String field) {
        Anchor anchor = relative.anchor();
        if (anchor.articleId() == null) {
            if (anchor.publishedAt() == null || anchor.zone() == null) {
                throw ProblemException.invalid(field + "anchor",
                        "give either articleId, or both publishedAt and zone");
            }
            return Uni.createFrom().item(resolve(relative.phrase(), anchor, field));
        }
        if (anchor.publishedAt() != null || anchor.zone() != null) {
            throw ProblemException.invalid(field + "anchor",
                    "an article anchor takes its time and zone from the article; give articleId alone");
        }
        return articles.findById(anchor.articleId()).map(article -> {
            if (article == null || (storyId != null && !storyId.equals(article.storyId))) {
                throw new ProblemException(ProblemType.REFERENCE, "there is no article " + anchor.articleId()
                        + (storyId == null ? "" : " in the story '" + storyId + "'"),
                        List.of(new FieldProblem(field + "anchor.articleId", "is not a coverage article of the story")));
            }
            if (article.zone == null) {
                throw ProblemException.invalid(field + "anchor.articleId", "the article " + article.id
                        + " records no zone, so its calendar day is unknown; give publishedAt and zone instead");
            }
            return resolve(relative.phrase(), new Anchor(article.id, article.publishedAt, article.zone), field);
        });
    }

    @WithSession
    public Uni<ResolvedDate> resolve(RelativeDate relative) {
        return resolve(relative, null, "").map(r -> new ResolvedDate(r.date().text(), r.date().precision(),
                r.date().earliest(), r.date().latest(), r.date().approximate(), r.phrase(), r.anchor()));
    }

    /** An anchor's or article's zone: an IANA id or an offset, else 422 naming the field. */
    static ZoneId zone(String zone, String field) {
        try {
            return Zones.parse(zone);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static Resolution resolve(String phrase, Anchor anchor, String field) {
        ZoneId zone = zone(anchor.zone(), field + "anchor.zone");
        try {
            return new Resolution(RelativePhrases.resolve(phrase, anchor.publishedAt().atZone(zone)), phrase.strip(),
                    anchor);
        } catch (UnresolvablePhraseException e) {
            throw new ProblemException(ProblemType.UNRESOLVABLE_PHRASE, e.getMessage(),
                    List.of(new FieldProblem(field + "phrase", e.getMessage())));
        }
    }
}
