package io.newsroom.gateway.domain;

import java.util.List;

/** What the claims-service knows of one story: its claims (with stances and verdicts) and the actors they name. */
public record ClaimsSnapshot(List<Claim> claims, List<Actor> actors) {
}
