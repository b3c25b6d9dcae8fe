package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.OutletEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class OutletRepository implements PanacheRepositoryBase<OutletEntity, UUID> {

    public Uni<List<OutletEntity>> page(String afterDomain, int limit) {
        var query = afterDomain == null
                ? find("order by domain")
                : find("domain > ?1 order by domain", afterDomain);
        return query.range(0, limit).list();
    }

    public Uni<OutletEntity> findByDomain(String domain) {
        return find("domain", domain).firstResult();
    }

    /** The outlet of the most specific of the candidate domains (a host and its parents), or null. */
    public Uni<OutletEntity> findBestMatch(List<String> candidates) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return list("domain in ?1", candidates).map(found -> found.stream()
                .max(Comparator.comparingInt(o -> o.domain.length()))
                .orElse(null));
    }
}
