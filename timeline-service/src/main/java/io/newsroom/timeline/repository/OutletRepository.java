package io.newsroom.timeline.repository;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.timeline.domain.OutletEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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

    /**
     * The outlet a host belongs to: the most specific registered domain among the host and its
     * parents with at least two labels, so that edition.cnn.com finds the outlet cnn.com; or null.
     */
    public Uni<OutletEntity> findByHost(String host) {
        List<String> candidates = domainsOf(host);
        if (candidates.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return list("domain in ?1", candidates).map(found -> found.stream()
                .max(Comparator.comparingInt(o -> o.domain.length()))
                .orElse(null));
    }

    /** The domains an outlet of the host could be registered under: the host and its parents with at least two labels. */
    public static List<String> domainsOf(String host) {
        List<String> candidates = new ArrayList<>();
        for (String d = CitationUrl.domain(host); d.indexOf('.') > 0; d = d.substring(d.indexOf('.') + 1)) {
            candidates.add(d);
        }
        return candidates;
    }
}
