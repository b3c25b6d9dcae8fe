package io.newsroom.timeline.mapping;

import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.domain.ArticleEntity;
import io.newsroom.timeline.domain.ArticleStatus;

public final class ArticleMapper {

    private ArticleMapper() {
    }

    /** The row an article was kept as in a revision; its version is the caller's to set. */
    public static ArticleEntity fromApi(Article kept) {
        ArticleEntity article = new ArticleEntity();
        article.id = kept.id();
        article.storyId = kept.storyId();
        article.url = kept.url();
        article.outletId = kept.outletId();
        article.title = kept.title();
        article.publishedAt = kept.publishedAt();
        article.zone = kept.zone();
        article.recordedAt = kept.recordedAt();
        // A state kept before articles had a status is of an article as published.
        article.status = kept.status() == null ? ArticleStatus.PUBLISHED : kept.status();
        article.statusNote = kept.statusNote();
        article.statusChangedAt = kept.statusChangedAt();
        return article;
    }

    public static Article toApi(ArticleEntity article) {
        return new Article(article.id, article.storyId, article.url, article.outletId, article.title,
                article.publishedAt, article.zone, article.recordedAt,
                article.status == null ? ArticleStatus.PUBLISHED : article.status, article.statusNote, article.statusChangedAt);
    }
}
