package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ArticleStatus;
import io.newsroom.gateway.domain.Citation;

@Schema(description = "Why a fact needs the desk's look: an article it cites was corrected or retracted, or the event a "
        + "claim was made at was deleted")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewReason(
        @Schema(required = true, type = SchemaType.STRING, enumeration = { ARTICLE_CORRECTED, ARTICLE_RETRACTED, EVENT_DELETED },
                description = "article-corrected or article-retracted: a cited article was corrected or withdrawn by its "
                        + "outlet; event-deleted: the event the claim was made at is gone from the timeline")
        String reason,
        @Schema(description = "The cited article's URL, for an article reason; absent for event-deleted", example = "https://news.example/2025/11/27/plan")
        String url,
        @Schema(description = "The outlet's correction or retraction note; absent when it gave none",
                example = "An earlier version misattributed the quote to the foreign minister.")
        String note,
        @Schema(description = "When it happened (UTC); absent when the service does not say") Instant at) {

    public static final String ARTICLE_CORRECTED = "article-corrected";
    public static final String ARTICLE_RETRACTED = "article-retracted";
    public static final String EVENT_DELETED = "event-deleted";

    public boolean retracted() {
        return ARTICLE_RETRACTED.equals(reason);
    }

    /**
     * The reasons a fact's citations give, one per changed article (an article cited twice, for two passages, is one
     * reason), retractions first: they are what a reader most needs to see.
     */
    public static List<ReviewReason> ofCitations(List<Citation> citations) {
        Map<String, ReviewReason> byUrl = new LinkedHashMap<>();
        for (Citation c : citations == null ? List.<Citation>of() : citations) {
            if (c != null && c.articleChanged()) {
                byUrl.putIfAbsent(Objects.toString(c.url(), "") + c.articleStatus(), new ReviewReason(
                        c.articleStatus() == ArticleStatus.RETRACTED ? ARTICLE_RETRACTED : ARTICLE_CORRECTED, c.url(),
                        blank(c.articleStatusNote()) ? null : c.articleStatusNote(), null));
            }
        }
        List<ReviewReason> reasons = new ArrayList<>(byUrl.values());
        reasons.sort((a, b) -> Boolean.compare(b.retracted(), a.retracted()));
        return List.copyOf(reasons);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
