package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a desk rejects a candidate, kept with it")
public record CandidateRejection(
        @Schema(required = true, description = "At most " + CandidateRejection.MAX_REASON + " characters",
                examples = "The sentence reports a rumour, not a scheduled visit", maxLength = CandidateRejection.MAX_REASON)
        String reason) {

    public static final int MAX_REASON = 1000;
}
