package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.ArticleEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, UUID> {

    /** Per-outlet counts of a story's articles; a null outlet id collects the unmatched ones. */
    public record OutletCount(UUID outletId, long articleCount) {
    }

    public Uni<List<ArticleEntity>> page(String storyId, Instant afterPublishedAt, UUID afterId, int limit) {
        var query = afterId == null
                ? find("storyId = ?1 order by publishedAt, id", storyId)
                : find("storyId = ?1 and (publishedAt > ?2 or (publishedAt = ?2 and id > ?3)) order by publishedAt, id",
                        storyId, afterPublishedAt, afterId);
        return query.range(0, limit).list();
    }

    public Uni<ArticleEntity> findInStory(String storyId, UUID id) {
        return find("storyId = ?1 and id = ?2", storyId, id).firstResult();
    }

    /** The articles an outlet published, at most {@code limit} of them, oldest recorded first. */
    public Uni<List<ArticleEntity>> ofOutlet(UUID outletId, int limit) {
        return find("outletId = ?1 order by recordedAt, id", outletId).range(0, limit - 1).list();
    }

    public Uni<Boolean> existsInStory(String storyId, String url) {
        return count("storyId = ?1 and url = ?2", storyId, url).map(count -> count > 0);
    }

    public Uni<List<OutletCount>> countByOutlet(String storyId) {
        return getSession().chain(session -> session
                .createSelectionQuery("select a.outletId, count(a) from ArticleEntity a where a.storyId = :storyId"
                        + " group by a.outletId", Object[].class)
                .setParameter("storyId", storyId)
                .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new OutletCount((UUID) row[0], ((Number) row[1]).longValue()))
                        .toList());
    }
}
