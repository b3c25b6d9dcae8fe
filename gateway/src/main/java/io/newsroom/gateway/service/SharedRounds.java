package io.newsroom.gateway.service;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Readers who ask for the same thing at the same moment share one round of asking the services, and none of them is
 * ever answered by a round that began before they asked. A round already under way when a reader arrives may have
 * been answered before a write the reader has just seen, so the reader waits for the next round instead, and every
 * reader arriving while the current one runs shares that next one. So a story read by hundreds of readers at once
 * costs the services one or two rounds at a time, not one per reader, and each reader still gets what the services
 * said after the reader asked: a reader who has just written sees the write.
 * <p>
 * A round runs on the Vert.x context of the reader who started it, so its calls carry that reader's request (and
 * token); readers only share a round when their key says they would make the same calls with the same token. A
 * reader who goes away before the answer does not cancel the round for the others.
 */
final class SharedRounds<T> {

    /** The round under way for a key, and the one the readers who came during it wait for (null until one comes). */
    private static final class Line<T> {
        CompletableFuture<T> running;
        CompletableFuture<T> next;
    }

    /** Guarded by itself: a reader holds it only to look at or change its key's line. */
    private final Map<String, Line<T>> lines = new HashMap<>();

    /**
     * @param key what makes two readers' rounds the same: the calls a round makes and the token they carry
     * @param round asks the services, once per round
     */
    Uni<T> join(String key, Supplier<Uni<T>> round) {
        Executor here = onThisContext();
        CompletableFuture<T> mine;
        CompletableFuture<T> awaited = null;
        boolean leads;
        synchronized (lines) {
            Line<T> line = lines.get(key);
            if (line == null) {
                line = new Line<>();
                line.running = new CompletableFuture<>();
                lines.put(key, line);
                mine = line.running;
                leads = true;
            } else if (line.next == null) {
                line.next = new CompletableFuture<>();
                mine = line.next;
                awaited = line.running;
                leads = true;
            } else {
                mine = line.next;
                leads = false;
            }
        }
        if (leads) {
            CompletableFuture<T> result = mine;
            if (awaited == null) {
                start(key, result, round);
            } else {
                awaited.whenComplete((item, failure) -> here.execute(() -> start(key, result, round)));
            }
        }
        // A copy per reader: a reader who goes away cancels its copy, never the round the others wait for.
        CompletableFuture<T> answer = mine.copy();
        return Uni.createFrom().completionStage(answer).emitOn(here);
    }

    private void start(String key, CompletableFuture<T> result, Supplier<Uni<T>> round) {
        Uni<T> asked;
        try {
            asked = round.get();
        } catch (RuntimeException e) {
            finish(key, result);
            result.completeExceptionally(e);
            return;
        }
        asked.subscribe().with(item -> {
            finish(key, result);
            result.complete(item);
        }, failure -> {
            finish(key, result);
            result.completeExceptionally(failure);
        });
    }

    /** The round ends: the next one becomes the round under way before anyone hears this one's answer. */
    private void finish(String key, CompletableFuture<T> ended) {
        synchronized (lines) {
            Line<T> line = lines.get(key);
            if (line == null || line.running != ended) {
                return;
            }
            if (line.next == null) {
                lines.remove(key);
            } else {
                line.running = line.next;
                line.next = null;
            }
        }
    }

    /** Runs work on the caller's Vert.x context (its request, duplicated context and all), or at once outside one. */
    private static Executor onThisContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : work -> context.runOnContext(ignored -> work.run());
    }
}
