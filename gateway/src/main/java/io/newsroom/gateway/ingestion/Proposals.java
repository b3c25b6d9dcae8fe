package io.newsroom.gateway.ingestion;

import java.util.List;

/**
 * Everything proposed from one article, in article order (then by kind-specific tie-breaks), so the same input
 * always gives the same list.
 *
 * @param mainText   the text every {@link Excerpt} offset indexes: the article's plain text exactly as given, or,
 *                   for HTML, the main text extracted from it (block elements joined by blank lines)
 * @param fromHtml   whether {@code mainText} was extracted from HTML
 */
public record Proposals(String mainText, boolean fromHtml, List<EventCandidate> events, List<ClaimCandidate> claims,
                        List<StanceCandidate> stances, List<ActorCandidate> actors) {

    public Proposals {
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        stances = List.copyOf(stances);
        actors = List.copyOf(actors);
    }
}
