package io.newsroom.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.client.ClaimsClient;
import io.newsroom.gateway.client.ClaimsReader;
import io.newsroom.gateway.client.Page;
import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.client.TimelineClient;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.StoryBundle;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * The whole story as a bundle, written while the services' pages are read, so the gateway holds one page at a time
 * and never the story: a story of 100,000 events streams in the memory of 200. The fields are those of
 * {@link StoryBundle}; the outlets come after the articles and the actors after the claims, because only then is it
 * known which ones the story uses (JSON objects have no order, and an import reads them either way).
 * <p>
 * An export is never partial. The story header is read before anything is sent, so an unknown story is 404, a
 * timeline that does not answer is 503 and a caller it refuses is 401 or 403, as problems. A service that fails once
 * the document has started cannot be answered with a status any more: the stream fails, and the server resets the
 * connection instead of ending the chunked body, so a client sees a broken transfer, never a shorter document that
 * parses.
 */
@ApplicationScoped
public class BundleStream {

    private final TimelineClient timeline;
    private final ClaimsClient claims;
    private final ClaimsReader claimsReader;
    private final GatewayConfig config;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public BundleStream(TimelineClient timeline, ClaimsClient claims, ClaimsReader claimsReader, GatewayConfig config,
            ObjectMapper json) {
        this.timeline = timeline;
        this.claims = claims;
        this.claimsReader = claimsReader;
        this.config = config;
        this.json = json;
    }

    /**
     * @param asOf the instant to export the story as of, or null for the story as it stands
     * @return the story to export; a failure of {@link StoryNotFoundException} or of the service, before any byte
     */
    public Uni<Story> story(String storyId, Instant asOf) {
        return timeline.findStory(storyId, asOf)
                .onFailure(f -> !(f instanceof StoryNotFoundException)
                        && !(f instanceof ServiceRejectedException rejected && rejected.refusesTheCaller()))
                .transform(f -> new ServicesUnavailableException("timeline-service did not answer; an export is never partial"))
                .map(story -> {
                    if (story == null) {
                        throw new StoryNotFoundException(storyId);
                    }
                    return story;
                });
    }

    /**
     * The bundle of a story already read, as a stream of JSON pieces that together are one document.
     *
     * @param asOf the instant the story was read as of by {@link #story}, or null
     */
    public Multi<Buffer> bundle(Story story, Instant asOf) {
        String storyId = story.id();
        int size = config.pageSize();
        Set<String> outletIds = new LinkedHashSet<>();
        Set<String> actorIds = new LinkedHashSet<>();
        return Multi.createBy().concatenating().streams(
                piece("{\"format\":" + write(StoryBundle.FORMAT) + ",\"version\":" + StoryBundle.VERSION
                        + ",\"exportedAt\":" + write(Instant.now(clock)) + ",\"story\":" + write(story)),
                array("articles", after -> timeline.articles(storyId, after, size, asOf),
                        (Article a) -> {
                            if (a.outletId() != null) {
                                outletIds.add(a.outletId());
                            }
                        }),
                deferredArray("outlets", () -> outletsOf(outletIds, asOf)),
                array("events", after -> timeline.events(storyId, after, size, asOf), e -> {
                }),
                array("relations", after -> timeline.relations(storyId, after, size, asOf), r -> {
                }),
                array("claims", after -> claims.claims(storyId, after, size, asOf).map(p -> new Page<>(p.claims(), p.nextCursor())),
                        (Claim c) -> {
                            actorIds.add(c.claimantId());
                            for (Stance s : c.stances() == null ? List.<Stance>of() : c.stances()) {
                                actorIds.add(s.actorId());
                            }
                        }),
                deferredArray("actors", () -> actorsOf(actorIds, asOf)),
                piece("}"));
    }

    private Uni<List<Outlet>> outletsOf(Set<String> ids, Instant asOf) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(ids.stream().map(id -> timeline.findOutlet(id, asOf)).toList()).andFailFast()
                .map(found -> found.stream().filter(Objects::nonNull).toList());
    }

    /** The actors in full, their members cut to the actors the bundle carries, so an import finds every one. */
    private Uni<List<Actor>> actorsOf(Set<String> ids, Instant asOf) {
        ids.remove(null);
        return claimsReader.actorsInFull(new ArrayList<>(ids), asOf).map(actors -> actors.stream()
                .map(a -> a.members() == null ? a : new Actor(a.id(), a.name(), a.kind(), a.description(), a.country(),
                        a.wikidataId(), a.aliases(), a.members().stream().filter(ids::contains).toList()))
                .toList());
    }

    /** {@code ,"name":[...]} with the items of every page, each page written as soon as it is read. */
    private <T> Multi<Buffer> array(String name, Function<String, Uni<Page<T>>> fetch, Consumer<T> seen) {
        boolean[] first = { true };
        return Multi.createBy().concatenating().streams(
                piece(",\"" + name + "\":["),
                pages(fetch, null).map(item -> {
                    seen.accept(item);
                    String comma = first[0] ? "" : ",";
                    first[0] = false;
                    return Buffer.buffer(comma + write(item));
                }),
                piece("]"));
    }

    private <T> Multi<Buffer> deferredArray(String name, java.util.function.Supplier<Uni<List<T>>> items) {
        return Multi.createFrom().deferred(() -> items.get().onItem()
                .transformToMulti(list -> piece(",\"" + name + "\":" + write(list))));
    }

    /** Every item of a cursor-paged list, one page read only when the one before has been written. */
    private static <T> Multi<T> pages(Function<String, Uni<Page<T>>> fetch, String cursor) {
        return Multi.createFrom().deferred(() -> fetch.apply(cursor).onItem().transformToMulti(page -> {
            Multi<T> items = Multi.createFrom().iterable(page.items() == null ? List.of() : page.items());
            if (page.nextCursor() == null || page.nextCursor().isBlank()) {
                return items;
            }
            return Multi.createBy().concatenating().streams(items, pages(fetch, page.nextCursor()));
        }));
    }

    private static Multi<Buffer> piece(String text) {
        return Multi.createFrom().item(() -> Buffer.buffer(text));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bundle item could not be written as JSON", e);
        }
    }
}
