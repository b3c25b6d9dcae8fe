package io.newsroom.gateway.client;

import java.util.List;

import io.newsroom.gateway.view.ReviewItem;

/** One page of a service's review list, in the shape both services answer it. */
public record ReviewPage(List<ReviewItem> items, String nextCursor) {
}
