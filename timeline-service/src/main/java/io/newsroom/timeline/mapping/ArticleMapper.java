package io.newsroom.timeline.mapping;

import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.domain.ArticleEntity;

public final class ArticleMapper {

    private ArticleMapper() {
    }

    public static Article toApi(ArticleEntity article) {
        return new Article(article.id, article.storyId, article.url, article.outletId, article.title,
                article.publishedAt, article.zone, article.recordedAt);
    }
}
