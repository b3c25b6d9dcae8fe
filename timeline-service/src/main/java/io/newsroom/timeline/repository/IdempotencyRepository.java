package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.IdempotencyKeyEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
@WithSession
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, String> {

    /**
     * Serialises requests carrying the same key until the end of the current transaction, so a
     * retry sent while the first attempt still runs waits for its answer instead of writing twice.
     */
    public Uni<Void> lock(String key) {
        return getSession().chain(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l", Long.class)
                .setParameter("key", key)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** The stored answers whose Location is the resource at this path or something below it. */
    public Uni<Long> deleteLocatedAt(String path) {
        return delete("location like ?1 or location like ?2", "%" + path, "%" + path + "/%");
    }

    public Uni<Long> deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
