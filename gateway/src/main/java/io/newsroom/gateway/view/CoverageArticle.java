package io.newsroom.gateway.view;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Bias;

@Schema(description = "An article of the coverage with its outlet")
public record CoverageArticle(
        String url,
        String title,
        @Schema(description = "Outlet name, or null when the outlet is unknown") String outlet,
        @Schema(description = "Bias of the outlet; UNRATED when unknown") Bias bias,
        Instant publishedAt) {
}
