package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ChangeSource;

import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.Story;

@Schema(description = "A window on a story as a desk sees it: the header, the coverage summary, one page of the "
        + "timeline with the claims made at each of its events, the top of the disputes board and the counts of the "
        + "whole story. Follow 'nextCursor' (or the Link header rel=next) for the next page; the whole story at once "
        + "is the bundle export. When the claims-service does not answer, the view still comes back with the "
        + "timeline, and 'degraded' names the service; a half shown as it was a moment ago is named in 'stale'.")
public record StoryView(
        @Schema(required = true, description = "The story header") Story story,
        @Schema(required = true, nullable = true, description = "Who covered the story and how the coverage splits by outlet "
                + "bias; null when the timeline-service sent none") Coverage coverage,
        @Schema(required = true, description = "One page of events in timeline order (earliest, latest, position, id), "
                + "each with the claims made at it")
        List<TimelineEvent> timeline,
        @Schema(required = true, description = "Relations between events of this page") List<RelationView> relations,
        @Schema(required = true, description = "The claims made at this page's events, earliest first, as the "
                + "claims-service keeps them; the claimant and the actors of the stances are in 'actors' by id")
        List<Claim> claims,
        @Schema(required = true, description = "The top of the disputes board: the story's most disputed claims "
                + "(DISPUTED or CONTESTED), whatever page their events are on, with who supports and who disputes them")
        List<Dispute> disputes,
        @Schema(required = true, description = "Actors who made a claim or took a stance among the claims and disputes "
                + "of this view, with how many of them") List<ActorView> actors,
        @Schema(required = true) StoryCounts counts,
        @Schema(required = true, nullable = true, description = "Cursor of the next page of the timeline (pass as 'after'); null on "
                + "the last page")
        String nextCursor,
        @Schema(required = true, nullable = true, description = "The latest change seen in this view (UTC); null when nothing "
                + "it shows says when it changed") Instant lastUpdated,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ChangeSource.class,
                description = "Services whose part is missing because they did not answer: "
                + "'claims-service'. Empty when the view is complete.")
        List<String> degraded,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ChangeSource.class,
                description = "Services whose part is shown as it was when last read (at most a "
                + "minute ago) because they did not answer now. Empty when every part is fresh.")
        List<String> stale,
        @Schema(required = true, nullable = true, description = "The instant the view shows the story as of (UTC), when it "
                + "was asked for with 'asOf': titles, dates, statuses, stances and verdicts as they stood then. Null for the story as it stands.")
        Instant asOf) {

    /** Complete and fresh: only such a view may be cached or tagged. */
    public boolean complete() {
        return degraded.isEmpty() && stale.isEmpty();
    }
}
