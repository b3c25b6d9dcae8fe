package io.newsroom.timeline.mapping;

import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.domain.ArticleEntity;

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
        return article;
    }

    public static Article toApi(ArticleEntity article) {
        return new Article(article.id, article.storyId, article.url, article.outletId, article.title,
                article.publishedAt, article.zone, article.recordedAt);
    }
}
