package io.newsroom.gateway.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.config.WebhookConfig;
import io.newsroom.gateway.domain.ChangeType;
import io.newsroom.gateway.repository.WebhookRepository;
import io.newsroom.gateway.view.NewWebhook;
import io.newsroom.gateway.view.Webhook;
import io.newsroom.gateway.view.WebhookDeliveries;
import io.newsroom.gateway.view.WebhookDelivery;
import io.newsroom.gateway.view.Webhooks;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.smallrye.mutiny.Uni;

/** Subscriptions and their delivery logs, as admins manage them. */
@ApplicationScoped
public class WebhookService {

    static final int MAX_TYPES = 60;
    static final int MAX_STORY_ID = 200;

    private final WebhookRepository webhooks;
    private final TargetAddresses targets;
    private final WebhookConfig config;

    public WebhookService(WebhookRepository webhooks, TargetAddresses targets, WebhookConfig config) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.config = config;
    }

    /** @return the new subscription with its secret, the one answer that shows it */
    public Uni<Webhook> subscribe(NewWebhook request, String subject) {
        if (request == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The body must be a webhook to subscribe: {\"url\": ..., "
                    + "\"storyId\": ... or \"allStories\": true, \"types\": [...]}");
        }
        List<FieldProblem> problems = new ArrayList<>();
        boolean all = Boolean.TRUE.equals(request.allStories());
        String storyId = request.storyId() == null ? null : request.storyId().strip();
        if (all == (storyId != null && !storyId.isEmpty())) {
            problems.add(new FieldProblem("storyId", "give either storyId (one story) or allStories: true (every story), not both"));
        } else if (storyId != null && storyId.length() > MAX_STORY_ID) {
            problems.add(new FieldProblem("storyId", "must be at most " + MAX_STORY_ID + " characters"));
        }
        List<ChangeType> types = request.types() == null ? List.of() : request.types();
        if (types.size() > MAX_TYPES) {
            problems.add(new FieldProblem("types", "must name at most " + MAX_TYPES + " types"));
        }
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == null) {
                problems.add(new FieldProblem("types[" + i + "]", "is not a change type (such as event.updated or article.retracted)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
        URI url = TargetAddresses.parse(request.url());
        String secret = WebhookSignature.newSecret();
        List<ChangeType> distinct = List.copyOf(new LinkedHashSet<>(types));
        return targets.check(url).chain(addresses -> webhooks.insert(UUID.randomUUID(), url.toString(), all ? null : storyId,
                distinct, secret, subject)).map(created -> created.withSecret(secret));
    }

    public Uni<Webhook> find(String id) {
        return webhooks.find(uuid(id));
    }

    public Uni<Webhooks> page(String after, int limit) {
        Cursor cursor = Cursor.decode(after, 2);
        return webhooks.page(cursor == null ? null : cursor.instant(0), cursor == null ? null : cursor.uuid(1), limit + 1)
                .map(found -> {
                    List<Webhook> items = found.size() > limit ? found.subList(0, limit) : found;
                    Webhook last = items.isEmpty() ? null : items.get(items.size() - 1);
                    return new Webhooks(items, found.size() > limit ? Cursor.encode(last.createdAt(), last.id()) : null);
                });
    }

    public Uni<Boolean> delete(String id) {
        return webhooks.delete(uuid(id));
    }

    public Uni<Webhook> paused(String id, boolean paused) {
        return webhooks.paused(uuid(id), paused);
    }

    /** @return the page of the log, or a null item when there is no such subscription */
    public Uni<WebhookDeliveries> deliveries(String id, String after, int limit) {
        UUID subscription = uuid(id);
        Cursor cursor = Cursor.decode(after, 2);
        return webhooks.find(subscription).chain(found -> found == null ? Uni.createFrom().nullItem()
                : webhooks.deliveries(subscription, cursor == null ? null : cursor.instant(0), cursor == null ? null : cursor.uuid(1),
                        limit + 1).map(log -> {
                            List<WebhookDelivery> items = log.size() > limit ? log.subList(0, limit) : log;
                            WebhookDelivery last = items.isEmpty() ? null : items.get(items.size() - 1);
                            return new WebhookDeliveries(items, log.size() > limit ? Cursor.encode(last.createdAt(), last.id()) : null);
                        }));
    }

    /** @return the delivery, due again now, or a null item when the subscription has no such delivery */
    public Uni<WebhookDelivery> redeliver(String id, String deliveryId) {
        UUID subscription = uuid(id);
        UUID delivery = uuid(deliveryId);
        return webhooks.redeliver(subscription, delivery, config.retryFor().toMillis())
                .chain(done -> done ? webhooks.delivery(subscription, delivery) : Uni.createFrom().nullItem());
    }

    /** Ids are UUIDs; anything else names no subscription or delivery, so it is not found rather than malformed. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound("There is no webhook subscription or delivery '" + id + "'");
        }
    }
}
