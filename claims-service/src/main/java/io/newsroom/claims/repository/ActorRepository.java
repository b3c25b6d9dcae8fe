package io.newsroom.claims.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.domain.ActorEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActorRepository implements PanacheRepositoryBase<ActorEntity, UUID> {

    /** An actor (alias a) as one JSON document, in the shape of {@link ActorRow}. */
    static final String ACTOR_JSON = "json_build_object('id', a.id, 'name', a.name,"
            + " 'kind', a.kind, 'description', a.description, 'country', a.country, 'wikidataId', a.wikidata_id,"
            + " 'aliases', a.aliases, 'members', a.members, 'createdAt', newsroom_utc(a.created_at),"
            + " 'updatedAt', newsroom_utc(a.updated_at), 'version', a.version, 'sortKey', a.sort_key)";

    private final ObjectMapper json;

    public ActorRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Actors in name order (folded: case and accents ignored), optionally only those whose name,
     * a word of the name, or an alias equals the given name, folded the same way. The match uses
     * the GIN index over the generated lookup_keys column.
     */
    public Uni<List<ActorRow>> page(String name, String wikidataId, String afterSortKey, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT cast(" + ACTOR_JSON + " AS text) FROM actor a WHERE TRUE");
        if (name != null) {
            sql.append(" AND a.lookup_keys @> ARRAY[newsroom_fold(cast(:name AS text))]");
        }
        // One actor at most, by the unique index actor_wikidata_uq.
        if (wikidataId != null) {
            sql.append(" AND a.wikidata_id = cast(:wikidataId AS text)");
        }
        if (afterId != null) {
            sql.append(" AND (a.sort_key, a.id) > (cast(:afterSortKey AS text), cast(cast(:afterId AS text) AS uuid))");
        }
        sql.append(" ORDER BY a.sort_key, a.id LIMIT :limit");
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), String.class);
            if (name != null) {
                query.setParameter("name", name);
            }
            if (wikidataId != null) {
                query.setParameter("wikidataId", wikidataId);
            }
            if (afterId != null) {
                query.setParameter("afterSortKey", afterSortKey);
                query.setParameter("afterId", afterId.toString());
            }
            query.setParameter("limit", limit);
            return query.getResultList();
        }).map(documents -> documents.stream().map(this::row).toList());
    }

    private ActorRow row(String document) {
        try {
            return json.readValue(document, ActorRow.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the actor query returned a row this service cannot read", e);
        }
    }

    /** The actor that has this Wikidata id, or a null item. */
    public Uni<ActorEntity> byWikidataId(String wikidataId) {
        return find("wikidataId", wikidataId).firstResult();
    }

    /** Where an actor merged into another is now, or a null item when it was never merged. */
    public Uni<UUID> redirect(UUID id) {
        return getSession().chain(session -> session.createNativeQuery(
                        "SELECT cast(to_id AS text) FROM actor_redirect WHERE from_id = cast(cast(:id AS text) AS uuid)",
                        String.class)
                .setParameter("id", id.toString())
                .getSingleResultOrNull())
                .map(to -> to == null ? null : UUID.fromString(to));
    }

    /** What an actor is named in: claims it made, stances it took (current or not), groups it is a member of. */
    public record Usage(long claims, long stances, long groups) {

        public boolean unused() {
            return claims == 0 && stances == 0 && groups == 0;
        }
    }

    public Uni<Usage> usage(UUID id) {
        return getSession().chain(session -> session.createNativeQuery("SELECT cast(json_build_object("
                        + "'claims', (SELECT count(*) FROM claim c WHERE c.claimant_id = cast(cast(:id AS text) AS uuid)),"
                        + " 'stances', (SELECT count(*) FROM stance s WHERE s.actor_id = cast(cast(:id AS text) AS uuid)),"
                        + " 'groups', (SELECT count(*) FROM actor g WHERE cast(cast(:id AS text) AS uuid) = ANY(g.members))"
                        + ") AS text)", String.class)
                .setParameter("id", id.toString())
                .getSingleResult())
                .map(document -> {
                    try {
                        return json.readValue(document, Usage.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("the actor usage query returned a row this service cannot read", e);
                    }
                });
    }

    /** Sets a just restored actor's version (Hibernate starts new rows at 0) and reloads it. */
    public Uni<ActorEntity> continueVersion(ActorEntity actor, int version) {
        return getSession().chain(session -> session.createNativeQuery(
                        "UPDATE actor SET version = :version WHERE id = cast(cast(:id AS text) AS uuid)")
                .setParameter("version", version).setParameter("id", actor.id.toString())
                .executeUpdate()
                .chain(() -> session.refresh(actor)).replaceWith(actor));
    }

    public Uni<List<ActorEntity>> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", List.copyOf(ids));
    }
}
