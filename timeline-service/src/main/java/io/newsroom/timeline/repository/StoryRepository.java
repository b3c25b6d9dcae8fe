package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.StoryEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, String> {

    /** One page in id order, one row more than asked so the caller knows whether another page follows. */
    public Uni<List<StoryEntity>> page(String afterId, int limit) {
        var query = afterId == null
                ? find("order by id")
                : find("id > ?1 order by id", afterId);
        return query.range(0, limit).list();
    }

    /** One statement: PostgreSQL cascades to articles, events and everything below them. */
    public Uni<Boolean> deleteStory(String id) {
        return delete("id", id).map(count -> count > 0);
    }
}
