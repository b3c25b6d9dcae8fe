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
        @Schema(required = true, enumeration = "https://schema.org") @JsonProperty("@context") String context,
        @Schema(required = true, enumeration = "ClaimReview") @JsonProperty("@type") String type,
        @Schema(required = true, description = "Page of the reader view where the claim is reviewed") String url,
        @Schema(required = true, description = "The claim under review, as a short statement") String claimReviewed,
        @Schema(required = true, description = "Date the verdict was published (YYYY-MM-DD)") String datePublished,
        @Schema(required = true, description = "The fact-checking organisation that reviewed the claim") Agent author,
        @Schema(description = "The desk's explanation of the verdict; absent when the verdict has none") String reviewBody,
        @Schema(required = true) ReviewedClaim itemReviewed,
        @Schema(required = true) ReviewRating reviewRating) {

    @Schema(name = "ClaimReviewAgent", description = "A schema.org Person or Organization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record Agent(
            @Schema(required = true, enumeration = { "Person", "Organization" }) @JsonProperty("@type") String type,
            @Schema(required = true) String name,
            @Schema(description = "Its site; absent when not known") String url,
            @Schema(description = "Its Wikidata page; absent when not known") String sameAs) {
    }

    @Schema(name = "ClaimReviewClaim", description = "The schema.org Claim reviewed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record ReviewedClaim(
            @Schema(required = true, enumeration = "Claim") @JsonProperty("@type") String type,
            @Schema(description = "Who made the claim; absent when the claims-service no longer has the actor") Agent author,
            @Schema(description = "When the claim was made, at the precision known; absent when its date cannot be read")
            String datePublished,
            @Schema(description = "Where the claim appeared; absent when it has no appearance") List<Work> appearance,
            @Schema(description = "The earliest known appearance; absent when it has no appearance") Work firstAppearance) {
    }

    @Schema(name = "ClaimReviewWork", description = "A schema.org CreativeWork in which the claim appeared")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record Work(
            @Schema(required = true, enumeration = "CreativeWork") @JsonProperty("@type") String type,
            @Schema(required = true) String url,
            @Schema(description = "Its headline; absent when not known") String headline,
            @Schema(description = "When it was published (YYYY-MM-DD); absent when not known") String datePublished,
            @Schema(description = "The outlet that published it; absent when not known") Agent publisher) {
    }

    @Schema(name = "ClaimReviewRating", description = "The verdict on a 1 (false) to 5 (true) scale with its wording")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    public record ReviewRating(
            @Schema(required = true, enumeration = "Rating") @JsonProperty("@type") String type,
            @Schema(description = "5 (TRUE) down to 1 (FALSE); absent for UNVERIFIABLE, which is off the scale") Integer ratingValue,
            @Schema(description = "5; absent for UNVERIFIABLE") Integer bestRating,
            @Schema(description = "1; absent for UNVERIFIABLE") Integer worstRating,
            @Schema(required = true, description = "The rating in words", enumeration = { "True", "Mostly true", "Mixed",
                    "Mostly false", "False", "Unverifiable" }) String alternateName) {
    }
}
