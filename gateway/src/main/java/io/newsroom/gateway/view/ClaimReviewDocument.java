package io.newsroom.gateway.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A schema.org ClaimReview (JSON-LD) for one claim that has a verdict, with the fields Google "
        + "requires and recommends")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@type" })
public record ClaimReviewDocument(
        @JsonProperty("@context") String context,
        @JsonProperty("@type") String type,
        @Schema(description = "Page of the reader view where the claim is reviewed") String url,
        @Schema(description = "The claim under review, as a short statement") String claimReviewed,
        @Schema(description = "Date the verdict was published (YYYY-MM-DD)") String datePublished,
        @Schema(description = "The fact-checking organisation that reviewed the claim") Agent author,
        @Schema(description = "The desk's explanation of the verdict") String reviewBody,
        ReviewedClaim itemReviewed,
        ReviewRating reviewRating) {

    @Schema(name = "ClaimReviewAgent", description = "A schema.org Person or Organization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record Agent(@JsonProperty("@type") String type, String name, String url, String sameAs) {
    }

    @Schema(name = "ClaimReviewClaim", description = "The schema.org Claim reviewed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record ReviewedClaim(
            @JsonProperty("@type") String type,
            @Schema(description = "Who made the claim") Agent author,
            @Schema(description = "When the claim was made, at the precision known") String datePublished,
            @Schema(description = "Where the claim appeared") List<Work> appearance,
            @Schema(description = "The earliest known appearance") Work firstAppearance) {
    }

    @Schema(name = "ClaimReviewWork", description = "A schema.org CreativeWork in which the claim appeared")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record Work(@JsonProperty("@type") String type, String url, String headline, String datePublished,
            Agent publisher) {
    }

    @Schema(name = "ClaimReviewRating", description = "The verdict on a 1 (false) to 5 (true) scale with its wording")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record ReviewRating(@JsonProperty("@type") String type, Integer ratingValue, Integer bestRating, Integer worstRating,
            String alternateName) {
    }
}
