package io.newsroom.gateway.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * names, not from the export. Pure.
 */
public final class PageClaimReviews {

    private PageClaimReviews() {
    }

    /** @return the JSON-LD of each reviewed claim of the view, by the anchor of the claim's element */
    public static Map<String, String> byAnchor(StoryView view, ClaimReviewMapper.Publisher publisher, ObjectMapper json) {
        if (view.story() == null || view.story().id() == null) {
            return Map.of();
        }
        List<Actor> actors = view.actors() == null ? List.of()
                : view.actors().stream().filter(Objects::nonNull).map(ActorView::actor).filter(Objects::nonNull).toList();
        List<Claim> claims = view.claims() == null ? List.of() : view.claims().stream().filter(Objects::nonNull).toList();
        List<ClaimReviewDocument> reviews = ClaimReviewMapper.toClaimReviews(view.story().id(), claims, actors, publisher);
        Map<String, String> out = new LinkedHashMap<>();
        for (ClaimReviewDocument review : reviews) {
            String fragment = review.url().substring(review.url().indexOf('#') + 1);
            out.put(fragment, scriptText(review, json));
        }
        return out;
    }

    /**
     * JSON that cannot end its script element nor be read as markup: {@code <}, {@code >} and {@code &} are written
     * as JSON escapes (the same text to a JSON reader), so a claim quoting {@code </script>} stays inside its string.
     * U+2028 and U+2029 are escaped too, as older script parsers end a line there.
     */
    static String scriptText(ClaimReviewDocument review, ObjectMapper json) {
        String text;
        try {
            text = json.writeValueAsString(review);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ClaimReview could not be written as JSON", e);
        }
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
