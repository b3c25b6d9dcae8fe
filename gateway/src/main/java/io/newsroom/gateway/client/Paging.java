package io.newsroom.gateway.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/** Follows a list's cursors to the end, within a bound. */
public final class Paging {

    private Paging() {
    }

    public static <T> Uni<List<T>> all(Function<String, Uni<Page<T>>> fetch, int maxPages) {
        return next(fetch, null, new ArrayList<>(), maxPages);
    }

    private static <T> Uni<List<T>> next(Function<String, Uni<Page<T>>> fetch, String cursor, List<T> acc, int pagesLeft) {
        return fetch.apply(cursor).chain(page -> {
            if (page.items() != null) {
                acc.addAll(page.items());
            }
            if (page.nextCursor() == null || page.nextCursor().isBlank()) {
                return Uni.createFrom().item(List.copyOf(acc));
            }
            if (pagesLeft <= 1) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "list longer than " + acc.size() + " items; raise newsroom.gateway.max-pages"));
            }
            return next(fetch, page.nextCursor(), acc, pagesLeft - 1);
        });
    }
}
