package io.newsroom.gateway.domain;

import java.util.List;
import java.util.Map;

/**
 * The claims-service's half of a story view: the claims made at the events of one timeline page, the top of the
 * disputes board (whatever page their events are on), the actors both name, and how much the whole story holds.
 */
public record ClaimsWindow(List<Claim> claims, List<Claim> disputed, List<Actor> actors, Counts counts) {

    /** Sizes of the whole story's claims, not of the page. */
    public record Counts(int claims, int actors, int stances, Map<ClaimStatus, Integer> byStatus) {
    }
}
