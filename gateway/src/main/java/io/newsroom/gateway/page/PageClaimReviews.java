package io.newsroom.gateway.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.mapping.ClaimReviewMapper;
import io.newsroom.gateway.view.ActorView;
import io.newsroom.gateway.view.ClaimReviewDocument;
import io.newsroom.gateway.view.StoryView;

/**
 * The ClaimReview of each verdict on a reader page, as the text of a {@code <script type="application/ld+json">}
 * placed on the element its {@code url} points to: a search engine reads structured data from the page a review
 * names, not from the export. A review is published on one page only, as search engines require: the page of the
 * timeline that lists its claim (the page with the claim's event; the view holds no other claims in full), its url
 * that page's address. A view as of a past instant carries none: it repeats the story's reviews, or shows verdicts
 * since replaced. Pure.
 */
public final class PageClaimReviews {

    private PageClaimReviews() {
    }

    /**
     * @param after the cursor of the page shown, or null for the story's first page
     * @return the JSON-LD of each reviewed claim the page publishes, by the anchor of the claim's element
     */
    public static Map<String, String> byAnchor(StoryView view, String after, ClaimReviewMapper.Publisher publisher,
            ObjectMapper json) {
        if (view.story() == null || view.story().id() == null || view.asOf() != null) {
            return Map.of();
        }
        List<Actor> actors = view.actors() == null ? List.of()
                : view.actors().stream().filter(Objects::nonNull).map(ActorView::actor).filter(Objects::nonNull).toList();
        List<Claim> claims = view.claims() == null ? List.of() : view.claims().stream().filter(Objects::nonNull).toList();
        String page = ClaimReviewMapper.storyPage(view.story().id(), publisher)
                + (after == null ? "" : "?after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        List<ClaimReviewDocument> reviews = ClaimReviewMapper.onPage(page, claims, actors, publisher);
        Map<String, String> out = new LinkedHashMap<>();
        for (ClaimReviewDocument review : reviews) {
            String fragment = review.url().substring(review.url().indexOf('#') + 1);
            out.put(fragment, scriptText(review, json));
        }
        return out;
    }

    /** The review as the text of its script element. */
    static String scriptText(ClaimReviewDocument review, ObjectMapper json) {
        return ScriptJson.of(review, json);
    }
}
