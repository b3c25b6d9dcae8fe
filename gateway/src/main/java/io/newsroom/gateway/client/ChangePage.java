package io.newsroom.gateway.client;

import java.util.List;

import io.newsroom.gateway.domain.Change;

/**
 * One page of a service's change feed: its entries in feed order, and the position to ask after next time (the last
 * entry's, or the one asked after when the page is empty).
 */
public record ChangePage(List<Change> changes, String next) {

    public ChangePage {
        changes = changes == null ? List.of() : changes;
    }
}
