package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.Bias;

@Schema(description = "Coverage from outlets of one bias rating")
public record BiasShare(
        Bias bias,
        int articles,
        int outlets) {
}
