package io.newsroom.claims.repository;

import io.newsroom.claims.domain.IdempotencyEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
@WithSession
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyEntry, String> {

    /**
     * Holds a transaction-scoped advisory lock on the key, so a concurrent retry waits for the
     * first attempt to commit and then replays its answer instead of racing it.
     */
    public Uni<Void> lock(String key) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(cast(:key AS text)))) AS locked",
                        Integer.class)
                .setParameter("key", key)
                .getSingleResult()).replaceWithVoid();
    }

    public Uni<Long> deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
