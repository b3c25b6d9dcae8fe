package io.newsroom.claims.client;

import java.util.List;

/** One page of timeline-service's feed, and the position to read on from ({@code after}). */
public record TimelineChanges(List<TimelineChange> changes, String next) {
}
