package io.newsroom.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsroom.gateway.client.ClaimsClient;
import io.newsroom.gateway.client.Created;
import io.newsroom.gateway.client.Paging;
import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.TimelineClient;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventRelation;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.StoryBundle;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.view.ImportReport;
import io.newsroom.gateway.view.ImportReport.ImportedItem;
import io.newsroom.gateway.view.ImportReport.Rejection;
import io.smallrye.mutiny.Multi;
import io.newsroom.stylebook.CitationUrl;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.Idempotency;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.smallrye.mutiny.Uni;

/**
 * Recreates a story from a bundle through the services' APIs, item by item, in the order the references need
 * (outlets before articles, events before relations and claims, actors before claims and stances).
 *
 * Idempotent per bundle in two ways: each item is first looked up by its natural key (a story's id, an outlet's
 * domain, an article's URL, an event's title and date, an actor's name, a claim's proposition and claimant, a
 * stance's actor), and each create carries an Idempotency-Key derived from the story, the item and its content,
 * so a retry after a failure half-way never creates a second row.
 * <p>
 * Repeatable after deletes too: a bundle restores a story deleted since its last import, whole, every time. A
 * service keeps its answers to Idempotency-Keys for a day, so a key must never replay an answer about an item that
 * is gone. Hence the keys also carry the story's generation (the instant this system created the story): a story
 * deleted and imported again is a new generation, whose items get keys never used before. The story itself is
 * created without a key, as its slug already makes a second create a 409, never a second story. And an answer a
 * service did replay (an item deleted on its own, within one generation) is trusted only once the item is found;
 * otherwise the item is created again under a key derived from the one that replayed it.
 */
@ApplicationScoped
public class BundleImportService {

    private static final String KEY_PREFIX = "bundle-";
    /**
     * How many times one item may turn out deleted again under a key made after a replay, in one import: each time is
     * a delete of the item within the services' key retention (a day), so more is a loop, not a newsroom's desk.
     */
    private static final int REPLAYS_TRUSTED_AFTER_CHECK = 5;

    private final TimelineClient timeline;
    private final ClaimsClient claims;
    private final GatewayConfig config;
    private final ObjectMapper canonical;

    public BundleImportService(TimelineClient timeline, ClaimsClient claims, GatewayConfig config) {
        this.timeline = timeline;
        this.claims = claims;
        this.config = config;
        // Property and key order fixed, so the same item always gives the same Idempotency-Key.
        this.canonical = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    public Uni<ImportReport> importBundle(StoryBundle bundle) {
        validate(bundle);
        Run run = new Run(bundle.story().id());
        return importStory(run, bundle)
                .chain(storyReady -> !storyReady ? Uni.createFrom().voidItem()
                        : importOutlets(run, list(bundle.outlets()))
                                .chain(() -> importArticles(run, list(bundle.articles())))
                                .chain(() -> importEvents(run, list(bundle.events())))
                                .chain(() -> importRelations(run, list(bundle.relations())))
                                .chain(() -> importActors(run, list(bundle.actors())))
                                .chain(() -> importClaims(run, list(bundle.claims()))))
                .map(done -> run.report())
                .ifNoItem().after(config.importBudget())
                .failWith(() -> new ServicesUnavailableException("The import took longer than " + config.importBudget()
                        + "; post the same bundle again to finish it, nothing is created twice"));
    }

    private static void validate(StoryBundle bundle) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bundle.format() != null && !StoryBundle.FORMAT.equals(bundle.format())) {
            problems.add(new FieldProblem("format", "must be '" + StoryBundle.FORMAT + "'"));
        }
        if (bundle.version() != null && bundle.version() != StoryBundle.VERSION) {
            problems.add(new FieldProblem("version", "only version " + StoryBundle.VERSION + " is understood"));
        }
        if (bundle.story() == null) {
            problems.add(new FieldProblem("story", "is required"));
        } else if (!Story.isId(bundle.story().id())) {
            problems.add(new FieldProblem("story.id",
                    "must be " + Story.ID_RULE));
        }
        checkUniqueIds(problems, "outlets", list(bundle.outlets()), Outlet::id);
        checkUniqueIds(problems, "events", list(bundle.events()), Event::id);
        checkUniqueIds(problems, "actors", list(bundle.actors()), Actor::id);
        checkUniqueIds(problems, "claims", list(bundle.claims()), Claim::id);
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_BUNDLE, "The bundle cannot be imported", problems);
        }
    }

    private static <T> void checkUniqueIds(List<FieldProblem> problems, String field, List<T> items,
            Function<T, String> id) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must not be null"));
                continue;
            }
            String key = id.apply(item);
            if (key != null && seen.put(key, i) != null) {
                problems.add(new FieldProblem(field + "[" + i + "].id", "'" + key + "' is used twice"));
            }
        }
    }

    /** @return whether the story is there to import into; its generation is then known to the run */
    private Uni<Boolean> importStory(Run run, StoryBundle bundle) {
        String storyId = bundle.story().id();
        return timeline.findStory(storyId, null)
                .chain(found -> found != null
                        ? Uni.createFrom().item(() -> {
                            run.existing("story", storyId, storyId);
                            return found;
                        })
                        : createStory(run, bundle.story()))
                .invoke(story -> run.generation = story.createdAt() == null ? "" : story.createdAt().toString())
                .map(ignored -> true)
                // A caller the service refuses gets that refusal as the import's answer: nothing can be imported.
                .onFailure(f -> !(f instanceof ServiceRejectedException rejected && rejected.refusesTheCaller())).recoverWithItem(f -> {
                    run.rejected("story", storyId, reason(f) + "; nothing else was imported");
                    return false;
                });
    }

    /** A 409 is another import (or a desk) creating the same slug meanwhile: the story is there, so it is used. */
    private Uni<Story> createStory(Run run, Story story) {
        return timeline.createStory(null, story)
                .map(created -> {
                    run.created("story", story.id(), created.item().id());
                    return created.item();
                })
                .onFailure(f -> f instanceof ServiceRejectedException r && r.status() == 409)
                .recoverWithUni(conflict -> timeline.findStory(story.id(), null).map(found -> {
                    if (found == null) {
                        throw conflict instanceof RuntimeException e ? e : new IllegalStateException(conflict);
                    }
                    run.existing("story", story.id(), story.id());
                    return found;
                }));
    }

    private Uni<Void> importOutlets(Run run, List<Outlet> outlets) {
        return each(outlets, outlet -> timeline.outletByDomain(outlet.domain())
                .chain(found -> found != null
                        ? Uni.createFrom().item(() -> run.existing("outlet", outlet.id(), found.id()))
                        : create(key(run, "outlet", outlet.id(), outlet), k -> timeline.createOutlet(k, outlet),
                                        created -> timeline.findOutlet(created.id(), null), Outlet::id)
                                .map(created -> run.created("outlet", outlet.id(), created.id())))
                .invoke(id -> run.outletIds.put(outlet.id(), id))
                .onFailure().invoke(f -> run.rejected("outlet", outlet.id(), reason(f))));
    }

    private Uni<Void> importArticles(Run run, List<Article> articles) {
        return Paging.all(after -> timeline.articles(run.storyId, after, config.pageSize(), null), config.maxPages())
                .chain(present -> {
                    Map<String, Article> byUrl = new HashMap<>();
                    present.forEach(a -> byUrl.put(sameArticle(a.url()), a));
                    return each(articles, article -> {
                        String key = article.id() != null ? article.id() : article.url();
                        Article found = byUrl.get(sameArticle(article.url()));
                        if (found != null) {
                            return Uni.createFrom().item(() -> run.existing("article", key, found.id()));
                        }
                        // A rejected or unknown outlet leaves the service to match the outlet by the URL's domain.
                        String outletId = article.outletId() == null ? null : run.outletIds.get(article.outletId());
                        return create(key(run, "article", key, article), k -> timeline.createArticle(k, run.storyId, article, outletId),
                                        created -> timeline.findArticle(run.storyId, created.id()), Article::id)
                                .map(created -> run.created("article", key, created.id()))
                                .onFailure().invoke(f -> run.rejected("article", key, reason(f)));
                    });
                })
                .onFailure().invoke(f -> run.rejected("article", "*", "the story's articles could not be read: " + reason(f)))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> importEvents(Run run, List<Event> events) {
        return Paging.all(after -> timeline.events(run.storyId, after, config.pageSize(), null), config.maxPages())
                .chain(present -> {
                    Map<String, Event> byTitleAndDate = new HashMap<>();
                    present.forEach(e -> byTitleAndDate.put(eventKey(e), e));
                    present.forEach(e -> run.storyEventIds.add(e.id()));
                    return each(events, event -> {
                        Event found = byTitleAndDate.get(eventKey(event));
                        Uni<String> id = found != null
                                ? Uni.createFrom().item(() -> run.existing("event", event.id(), found.id()))
                                : create(key(run, "event", event.id(), event), k -> timeline.createEvent(k, run.storyId, event),
                                                created -> timeline.findEvent(run.storyId, created.id()), Event::id)
                                        .map(created -> run.created("event", event.id(), created.id()));
                        return id.invoke(newId -> {
                                    run.eventIds.put(event.id(), newId);
                                    run.storyEventIds.add(newId);
                                })
                                .onFailure().invoke(f -> run.rejected("event", event.id(), reason(f)));
                    });
                })
                .onFailure().invoke(f -> run.rejected("event", "*", "the story's events could not be read: " + reason(f)))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> importRelations(Run run, List<EventRelation> relations) {
        return Paging.all(after -> timeline.relations(run.storyId, after, config.pageSize(), null), config.maxPages())
                .chain(present -> each(relations, relation -> {
                    String key = relation.id() != null ? relation.id()
                            : relation.fromEventId() + " " + relation.type() + " " + relation.toEventId();
                    String from = run.eventIds.get(relation.fromEventId());
                    String to = run.eventIds.get(relation.toEventId());
                    if (from == null || to == null) {
                        run.rejected("relation", key, "its event '" + (from == null ? relation.fromEventId() : relation.toEventId())
                                + "' was not imported");
                        return Uni.createFrom().nullItem();
                    }
                    EventRelation found = present.stream()
                            .filter(r -> from.equals(r.fromEventId()) && to.equals(r.toEventId()) && Objects.equals(r.type(), relation.type()))
                            .findFirst().orElse(null);
                    if (found != null) {
                        return Uni.createFrom().item(() -> run.existing("relation", key, found.id()));
                    }
                    return create(key(run, "relation", key, relation), k -> timeline.createRelation(k, run.storyId, from, to, relation.type()),
                                    created -> timeline.findRelation(run.storyId, created.id()), EventRelation::id)
                            .map(created -> run.created("relation", key, created.id()))
                            .onFailure().invoke(f -> run.rejected("relation", key, reason(f)));
                }))
                .onFailure().invoke(f -> run.rejected("relation", "*", "the story's relations could not be read: " + reason(f)))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> importActors(Run run, List<Actor> actors) {
        // Groups name their members, so the members go first.
        List<Actor> ordered = new ArrayList<>(actors.stream().filter(a -> list(a.members()).isEmpty()).toList());
        ordered.addAll(actors.stream().filter(a -> !list(a.members()).isEmpty()).toList());
        return each(ordered, actor -> sameActor(actor)
                .chain(found -> {
                    if (found != null) {
                        return Uni.createFrom().item(() -> run.existing("actor", actor.id(), found.id()));
                    }
                    List<String> members = list(actor.members()).stream().map(run.actorIds::get).filter(Objects::nonNull).toList();
                    return create(key(run, "actor", actor.id(), actor), k -> claims.createActor(k, actor, members),
                                    created -> claims.findActor(created.id(), null), Actor::id)
                            .map(created -> run.created("actor", actor.id(), created.id()));
                })
                .invoke(id -> run.actorIds.put(actor.id(), id))
                .onFailure().invoke(f -> run.rejected("actor", actor.id(), reason(f))));
    }

    /**
     * The actor of this system the bundle's actor is: the one with its Wikidata id when it has one (a Wikidata id
     * names one actor, while names are shared: several people are called the same), else one of the same name and
     * kind that is not known as another Wikidata item.
     */
    private Uni<Actor> sameActor(Actor actor) {
        Uni<Actor> byWikidataId = actor.wikidataId() == null || actor.wikidataId().isBlank() ? Uni.createFrom().nullItem()
                : claims.actorWithWikidataId(actor.wikidataId());
        return byWikidataId.chain(found -> found != null ? Uni.createFrom().item(found)
                : claims.actorsNamed(actor.name()).map(candidates -> candidates.stream()
                        .filter(c -> c.name() != null && c.name().equalsIgnoreCase(actor.name()) && Objects.equals(c.kind(), actor.kind()))
                        .filter(c -> c.wikidataId() == null || actor.wikidataId() == null || c.wikidataId().equals(actor.wikidataId()))
                        .findFirst().orElse(null)));
    }

    private Uni<Void> importClaims(Run run, List<Claim> claimList) {
        return Paging.all(after -> claims.claims(run.storyId, after, config.pageSize(), null)
                        .map(page -> new io.newsroom.gateway.client.Page<>(page.claims(), page.nextCursor())), config.maxPages())
                .chain(present -> each(claimList, claim -> importClaim(run, claim, present)))
                .onFailure().invoke(f -> run.rejected("claim", "*", "the story's claims could not be read: " + reason(f)))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<String> importClaim(Run run, Claim claim, List<Claim> present) {
        String claimantId = run.actorIds.get(claim.claimantId());
        if (claimantId == null) {
            run.rejected("claim", claim.id(), "its claimant '" + claim.claimantId() + "' was not imported");
            return Uni.createFrom().nullItem();
        }
        String eventId = claim.eventId() == null ? null : run.eventIds.get(claim.eventId());
        if (claim.eventId() != null && eventId == null) {
            run.rejected("claim", claim.id(), "the event it was made at, '" + claim.eventId() + "', was not imported");
            return Uni.createFrom().nullItem();
        }
        Claim found = present.stream()
                .filter(c -> claimantId.equals(c.claimantId()) && Objects.equals(c.proposition(), claim.proposition()))
                .findFirst().orElse(null);
        Uni<Claim> target = found != null
                ? existingClaim(run, claim, found, eventId)
                : create(key(run, "claim", claim.id(), claim), k -> claims.createClaim(k, run.storyId, claim, claimantId, eventId),
                                created -> claims.findClaim(run.storyId, created.id()), Claim::id)
                        .invoke(created -> run.created("claim", claim.id(), created.id()));
        return target
                .call(stored -> importStances(run, claim, stored))
                .call(stored -> importVerdict(run, claim, stored))
                .map(Claim::id)
                .onFailure().invoke(f -> run.rejected("claim", claim.id(), reason(f)));
    }

    /**
     * A claim already there is left as it is, unless the event it names is no longer in the story: the claims-service
     * keeps a story's claims when the timeline deletes the story, so a story imported again has its claims back but
     * with their events gone. Those are made claims of the bundle's event again, as imported now; a claim an editor
     * moved to another event of the story keeps it.
     */
    private Uni<Claim> existingClaim(Run run, Claim claim, Claim found, String eventId) {
        boolean eventGone = found.eventId() != null && !run.storyEventIds.contains(found.eventId());
        if (eventId == null || !eventGone) {
            return Uni.createFrom().item(() -> {
                run.existing("claim", claim.id(), found.id());
                return found;
            });
        }
        return claims.moveToEvent(run.storyId, found.id(), eventId)
                .invoke(moved -> run.updated("claim", claim.id(), moved.id()));
    }

    private Uni<Void> importStances(Run run, Claim claim, Claim stored) {
        return each(list(claim.stances()), stance -> {
            String key = stance.id() != null ? stance.id() : claim.id() + "/" + stance.actorId();
            String actorId = run.actorIds.get(stance.actorId());
            if (actorId == null) {
                run.rejected("stance", key, "its actor '" + stance.actorId() + "' was not imported");
                return Uni.createFrom().nullItem();
            }
            Stance found = list(stored.stances()).stream().filter(s -> actorId.equals(s.actorId())).findFirst().orElse(null);
            if (found != null) {
                return Uni.createFrom().item(() -> run.existing("stance", key, found.id()));
            }
            return create(key(run, "stance", key, stance), k -> claims.takeStance(k, run.storyId, stored.id(), stance, actorId),
                            id -> claims.hasStance(run.storyId, stored.id(), actorId).map(there -> there ? id : null), id -> id)
                    .map(id -> run.created("stance", key, id))
                    .onFailure().invoke(f -> run.rejected("stance", key, reason(f)))
                    .onFailure().recoverWithNull();
        });
    }

    private Uni<Void> importVerdict(Run run, Claim claim, Claim stored) {
        Verdict verdict = claim.verdict();
        if (verdict == null) {
            return Uni.createFrom().voidItem();
        }
        if (sameVerdict(verdict, stored.verdict())) {
            run.existing("verdict", claim.id(), stored.id());
            return Uni.createFrom().voidItem();
        }
        return claims.setVerdict(run.storyId, stored.id(), verdict)
                .invoke(set -> {
                    if (stored.verdict() == null) {
                        run.created("verdict", claim.id(), stored.id());
                    } else {
                        run.updated("verdict", claim.id(), stored.id());
                    }
                })
                .onFailure().invoke(f -> run.rejected("verdict", claim.id(), reason(f)))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static boolean sameVerdict(Verdict wanted, Verdict stored) {
        return stored != null && Objects.equals(wanted.rating(), stored.rating())
                && Objects.equals(wanted.explanation(), stored.explanation())
                && Objects.equals(wanted.reviewer(), stored.reviewer())
                && Objects.equals(wanted.reviewedAt(), stored.reviewedAt());
    }

    /**
     * Creates an item under its key and answers it, trusting an answer the service replayed only once the item it
     * names is found, as it is now (an actor merged since is the one it was merged into): one deleted since is
     * created again, under a key derived from the one that replayed it and the deleted item's id, so a retry of this
     * import reuses that key too.
     *
     * @param current the item as it is now, or a null item when it is gone
     */
    private <T> Uni<T> create(String key, Function<String, Uni<Created<T>>> create, Function<T, Uni<T>> current,
            Function<T, String> id) {
        return create(key, create, current, id, REPLAYS_TRUSTED_AFTER_CHECK);
    }

    private <T> Uni<T> create(String key, Function<String, Uni<Created<T>>> create, Function<T, Uni<T>> current,
            Function<T, String> id, int checksLeft) {
        return create.apply(key).chain(answer -> {
            if (!answer.replayed()) {
                return Uni.createFrom().item(answer.item());
            }
            return current.apply(answer.item()).chain(now -> {
                if (now != null) {
                    return Uni.createFrom().item(now);
                }
                if (checksLeft == 0) {
                    return Uni.createFrom().failure(new DeletedOverAndOver());
                }
                return create(afterReplayOfDeleted(key, id.apply(answer.item())), create, current, id, checksLeft - 1);
            });
        });
    }

    /** Items one after another, each failure already reported, so one bad item never stops the rest. */
    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> step.apply(item).onFailure().recoverWithNull())
                .collect().last()
                .replaceWithVoid();
    }

    private static String eventKey(Event e) {
        return (e.title() == null ? "" : e.title().trim().toLowerCase(Locale.ROOT)) + "|" + (e.when() == null ? "" : e.when().edtf());
    }

    /**
     * The article a URL names, by the same normalisation the services store (tracking parameters, case, fragment);
     * a URL the rules cannot read is matched as written, and the service then refuses the item with its reason.
     */
    static String sameArticle(String url) {
        if (url == null) {
            return "";
        }
        try {
            return CitationUrl.normalise(url);
        } catch (IllegalArgumentException unreadable) {
            return url.strip();
        }
    }

    /** The key of an item of this story's generation: the same item with the same content always gets the same one. */
    private String key(Run run, String kind, String itemKey, Object item) {
        try {
            return hashed(run.storyId + "\n" + run.generation + "\n" + kind + "\n" + itemKey + "\n",
                    canonical.writeValueAsBytes(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundle item could not be fingerprinted", e);
        }
    }

    private static String afterReplayOfDeleted(String key, String deletedId) {
        return hashed(key + "\nreplayed the deleted " + deletedId, new byte[0]);
    }

    private static String hashed(String text, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            // Checked by the services' own rule, so a key the gateway makes is never one they refuse.
            return Idempotency.key(KEY_PREFIX + HexFormat.of().formatHex(sha.digest(), 0, 20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String reason(Throwable f) {
        if (f instanceof DeletedOverAndOver deleted) {
            return deleted.getMessage();
        }
        if (f instanceof ServiceRejectedException rejected) {
            return rejected.service() + " refused it (" + rejected.status() + ")"
                    + (rejected.detail() == null ? "" : ": " + rejected.detail());
        }
        if (f instanceof java.util.concurrent.TimeoutException || f instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return "the service did not answer in time; post the bundle again";
        }
        if (f instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
            return "the service is failing and is not being called for a moment; post the bundle again later";
        }
        return "the service could not be reached (" + f.getClass().getSimpleName() + "); post the bundle again";
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** An item whose every replayed answer named an item deleted since: something keeps deleting it. */
    private static final class DeletedOverAndOver extends RuntimeException {
        DeletedOverAndOver() {
            super("the service answered " + (REPLAYS_TRUSTED_AFTER_CHECK + 1) + " times in a row with an earlier answer "
                    + "naming an item deleted since; post the bundle again once nothing is deleting it");
        }
    }

    /** The state of one import: ids in this system for the bundle's keys, and the report. */
    private static final class Run {
        final String storyId;
        /** When this system created the story: a story deleted and created again is a new generation. */
        volatile String generation = "";
        final Map<String, String> outletIds = Collections.synchronizedMap(new HashMap<>());
        final Map<String, String> eventIds = Collections.synchronizedMap(new HashMap<>());
        /** The ids of every event the story has once the events are imported: those found and those created. */
        final Set<String> storyEventIds = ConcurrentHashMap.newKeySet();
        final Map<String, String> actorIds = Collections.synchronizedMap(new HashMap<>());
        final List<ImportedItem> created = Collections.synchronizedList(new ArrayList<>());
        final List<ImportedItem> existing = Collections.synchronizedList(new ArrayList<>());
        final List<ImportedItem> updated = Collections.synchronizedList(new ArrayList<>());
        final List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());

        Run(String storyId) {
            this.storyId = storyId;
        }

        String created(String kind, String key, String id) {
            created.add(new ImportedItem(kind, key, id));
            return id;
        }

        String existing(String kind, String key, String id) {
            existing.add(new ImportedItem(kind, key, id));
            return id;
        }

        String updated(String kind, String key, String id) {
            updated.add(new ImportedItem(kind, key, id));
            return id;
        }

        void rejected(String kind, String key, String reason) {
            rejected.add(new Rejection(new ImportedItem(kind, key, null), reason));
        }

        ImportReport report() {
            return new ImportReport(storyId, List.copyOf(created), List.copyOf(existing), List.copyOf(updated), List.copyOf(rejected));
        }
    }
}
