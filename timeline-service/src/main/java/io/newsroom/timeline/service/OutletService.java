package io.newsroom.timeline.service;

import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.Outlet;
import io.newsroom.timeline.api.OutletInput;
import io.newsroom.timeline.api.OutletPage;
import io.newsroom.timeline.domain.OutletEntity;
import io.newsroom.timeline.mapping.OutletMapper;
import io.newsroom.timeline.repository.ArticleRepository;
import io.newsroom.timeline.repository.OutletRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class OutletService {

    private final OutletRepository outlets;
    private final ArticleRepository articles;
    private final RevisionService revisions;
    private final IdempotencyService idempotency;

    public OutletService(OutletRepository outlets, ArticleRepository articles, RevisionService revisions,
            IdempotencyService idempotency) {
        this.outlets = outlets;
        this.articles = articles;
        this.revisions = revisions;
        this.idempotency = idempotency;
    }

    @WithTransaction
    public Uni<Versioned<Outlet>> create(OutletInput input) {
        String domain = domainOf(input);
        return outlets.findByDomain(domain).chain(existing -> {
            if (existing != null) {
                throw duplicate(domain);
            }
            OutletEntity outlet = new OutletEntity();
            outlet.id = UUID.randomUUID();
            OutletMapper.apply(input, domain, outlet);
            Instant now = RecordingClock.now();
            outlet.createdAt = now;
            outlet.updatedAt = now;
            return outlets.persistAndFlush(outlet).call(() -> revisions.created(RevisionService.Subject.of(outlet), now));
        }).map(OutletService::versioned);
    }

    @WithSession
    public Uni<Versioned<Outlet>> get(UUID id) {
        return require(id).map(OutletService::versioned);
    }

    /** With a domain, the outlet that domain (or a host below it) belongs to, as a page of zero or one. */
    @WithSession
    public Uni<OutletPage> list(String domain, int limit, String after) {
        if (domain != null) {
            return outlets.findByHost(domain).map(found ->
                    new OutletPage(found == null ? List.of() : List.of(OutletMapper.toApi(found)), null));
        }
        Cursor cursor = Cursor.decode(after, 1);
        return outlets.page(cursor == null ? null : cursor.text(0), limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            List<OutletEntity> shown = more ? rows.subList(0, limit) : rows;
            String next = more ? Cursor.encode(shown.get(shown.size() - 1).domain) : null;
            return new OutletPage(shown.stream().map(OutletMapper::toApi).toList(), next);
        });
    }

    @WithTransaction
    public Uni<Versioned<Outlet>> replace(UUID id, String ifMatch, OutletInput input) {
        String domain = domainOf(input);
        return require(id)
                .call(outlet -> outlets.findByDomain(domain).invoke(other -> {
                    if (other != null && !other.id.equals(id)) {
                        throw duplicate(domain);
                    }
                }))
                .chain(outlet -> {
                    EntityTags.requireMatch(ifMatch, EntityTags.of(outlet.version), "the outlet " + id);
                    OutletMapper.apply(input, domain, outlet);
                    outlet.updatedAt = RecordingClock.now();
                    return outlets.flush().chain(() -> revisions.updated(RevisionService.Subject.of(outlet), outlet.updatedAt))
                            .replaceWith(outlet);
                })
                .map(OutletService::versioned);
    }

    /** Only an outlet no article cites: coverage counts articles by their outlet, so one in use stays. */
    @WithTransaction
    public Uni<Void> delete(UUID id, String ifMatch) {
        return require(id).chain(outlet -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(outlet.version), "the outlet " + id);
            return articles.count("outletId", id).chain(cited -> {
                if (cited > 0) {
                    return articles.ofOutlet(id, 1).map(first -> {
                        throw ProblemException.conflict("the outlet " + id + " (" + outlet.domain + ") is the outlet of "
                                + cited + (cited == 1 ? " article" : " articles") + ", the first " + first.get(0).id
                                + " in the story '" + first.get(0).storyId + "'; an outlet an article cites cannot be"
                                + " deleted");
                    });
                }
                return revisions.deleted(RevisionService.Subject.of(outlet), RecordingClock.now())
                        .call(() -> idempotency.forgetCreated("/outlets/" + id))
                        .chain(() -> outlets.deleteById(id));
            });
        }).replaceWithVoid();
    }

    @WithSession
    public Uni<OutletEntity> require(UUID id) {
        return outlets.findById(id).map(outlet -> {
            if (outlet == null) {
                throw ProblemException.notFound("there is no outlet " + id);
            }
            return outlet;
        });
    }

    private static final Pattern DOMAIN = Pattern.compile(
            "^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$");

    private static String domainOf(OutletInput input) {
        String domain = CitationUrl.domain(input.domain());
        if (!DOMAIN.matcher(domain).matches()) {
            throw ProblemException.invalid("domain", "'" + input.domain() + "' is not a domain name like apnews.com");
        }
        return domain;
    }

    private static ProblemException duplicate(String domain) {
        return ProblemException.conflict("an outlet with domain '" + domain + "' already exists");
    }


    private static Versioned<Outlet> versioned(OutletEntity outlet) {
        return new Versioned<>(OutletMapper.toApi(outlet), outlet.version);
    }
}
