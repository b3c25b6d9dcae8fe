package io.newsroom.gateway.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import io.newsroom.gateway.view.Candidate;

@ApplicationScoped
@WithSession
public class IngestionRepository implements PanacheRepositoryBase<IngestionEntity, UUID> {

    /** The ingestion of exactly this article (same URL, same content) in the story, or a null item. */
    public Uni<IngestionEntity> ofSameArticle(String storyId, String articleUrl, String contentSha256) {
        return find("storyId = ?1 and articleUrl = ?2 and contentSha256 = ?3", storyId, articleUrl, contentSha256)
                .firstResult();
    }

    /** A null item for an ingestion of another story: ids are not enough to reach another story's desk work. */
    public Uni<IngestionEntity> inStory(String storyId, UUID id) {
        return find("storyId = ?1 and id = ?2", storyId, id).firstResult();
    }

    /** The fingerprints of every candidate earlier ingestions of this article (other versions of it) proposed. */
    public Uni<List<String>> fingerprintsOfArticle(String storyId, String articleUrl) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select c.fingerprint from CandidateEntity c where c.ingestionId in"
                                + " (select i.id from IngestionEntity i where i.storyId = :story and i.articleUrl = :url)",
                        String.class)
                .setParameter("story", storyId)
                .setParameter("url", articleUrl)
                .getResultList());
    }

    /**
     * What accepting the story's ACTOR candidates gave (their accepted facts, as JSON): the actors the story's
     * ingestions made or found, who may have made no claim yet and so are not among the claims' actors.
     */
    public Uni<List<String>> acceptedActorFacts(String storyId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select c.acceptedAs from CandidateEntity c where c.kind = :kind and c.state = :state"
                                + " and c.ingestionId in (select i.id from IngestionEntity i where i.storyId = :story)",
                        String.class)
                .setParameter("kind", Candidate.Kind.ACTOR)
                .setParameter("state", Candidate.State.ACCEPTED)
                .setParameter("story", storyId)
                .getResultList());
    }
}
