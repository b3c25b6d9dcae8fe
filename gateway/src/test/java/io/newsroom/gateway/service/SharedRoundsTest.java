package io.newsroom.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/** How readers of the same view share rounds of asking the services, and never one begun before they asked. */
class SharedRoundsTest {

    /** Rounds the test answers by hand, numbered in the order they began. */
    private static final class Services {
        final List<CompletableFuture<String>> rounds = new ArrayList<>();

        Uni<String> ask() {
            CompletableFuture<String> round = new CompletableFuture<>();
            rounds.add(round);
            return Uni.createFrom().completionStage(round);
        }

        void answer(int round) {
            rounds.get(round).complete("round " + round);
        }
    }

    @Test
    void readersWhoComeWhileARoundRunsShareTheNextOneNeverTheOneUnderWay() {
        SharedRounds<String> shared = new SharedRounds<>();
        Services services = new Services();
        CompletableFuture<String> first = shared.join("page", services::ask).subscribeAsCompletionStage();
        assertEquals(1, services.rounds.size(), "the first reader starts a round at once");

        List<CompletableFuture<String>> later = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            later.add(shared.join("page", services::ask).subscribeAsCompletionStage());
        }
        assertEquals(1, services.rounds.size(), "readers who come during the round wait for the next, which has not begun");

        services.answer(0);
        assertEquals("round 0", first.join());
        later.forEach(reader -> assertFalse(reader.isDone(), "the round under way when they came is not their answer"));
        assertEquals(2, services.rounds.size(), "the next round begins as soon as the one under way ends");

        CompletableFuture<String> duringSecond = shared.join("page", services::ask).subscribeAsCompletionStage();
        services.answer(1);
        later.forEach(reader -> assertEquals("round 1", reader.join()));
        assertFalse(duringSecond.isDone(), "a reader who came during the second round is answered by a third");
        assertEquals(3, services.rounds.size());
        services.answer(2);
        assertEquals("round 2", duringSecond.join());

        CompletableFuture<String> alone = shared.join("page", services::ask).subscribeAsCompletionStage();
        assertEquals(4, services.rounds.size(), "with no round under way, a reader's round begins at once");
        services.answer(3);
        assertEquals("round 3", alone.join());
    }

    @Test
    void differentKeysNeverShareARound() {
        SharedRounds<String> shared = new SharedRounds<>();
        AtomicInteger asked = new AtomicInteger();
        CompletableFuture<String> held = new CompletableFuture<>();
        shared.join("story-a page 1", () -> {
            asked.incrementAndGet();
            return Uni.createFrom().completionStage(held);
        }).subscribeAsCompletionStage();
        String other = shared.join("story-a page 1 with another token", () -> {
            asked.incrementAndGet();
            return Uni.createFrom().item("its own");
        }).await().indefinitely();
        assertEquals("its own", other);
        assertEquals(2, asked.get());
    }

    @Test
    void aFailedRoundFailsItsReadersAndTheNextReaderAsksAfresh() {
        SharedRounds<String> shared = new SharedRounds<>();
        Services services = new Services();
        CompletableFuture<String> first = shared.join("page", services::ask).subscribeAsCompletionStage();
        CompletableFuture<String> second = shared.join("page", services::ask).subscribeAsCompletionStage();
        services.rounds.get(0).completeExceptionally(new ServicesUnavailableException("down"));
        assertInstanceOf(ServicesUnavailableException.class, first.handle((item, failure) -> failure.getCause() == null
                ? failure : failure.getCause()).join());
        assertFalse(second.isDone(), "a reader who came during the failed round waits for its own");
        services.answer(1);
        assertEquals("round 1", second.join());
    }

    @Test
    void aReaderWhoGoesAwayDoesNotCancelTheRoundForTheOthers() {
        SharedRounds<String> shared = new SharedRounds<>();
        Services services = new Services();
        Cancellable leaving = shared.join("page", services::ask).subscribe().with(item -> { });
        CompletableFuture<String> staying = shared.join("page", services::ask).subscribeAsCompletionStage();
        CompletableFuture<String> leavingNext = new CompletableFuture<>();
        Cancellable leavesTheNext = shared.join("page", services::ask).subscribe().with(leavingNext::complete);
        leaving.cancel();
        leavesTheNext.cancel();
        services.answer(0);
        assertFalse(services.rounds.get(0).isCancelled());
        assertEquals(2, services.rounds.size(), "the next round begins though one of its readers went away");
        services.answer(1);
        assertEquals("round 1", staying.join());
        assertFalse(leavingNext.isDone());
        assertTrue(services.rounds.stream().noneMatch(CompletableFuture::isCancelled));
    }
}
