package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A publication that covers stories, with its bias and factuality ratings")
public record Outlet(
        @Schema(description = "Id in the source system; on import the domain is what matches an existing outlet")
        @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true) @Size(max = 200) String name,
        @Schema(required = true, description = "Host of the outlet's site, lower-case without www.", examples = "newseum.example")
        @Size(max = 253) String domain,
        Bias bias,
        Factuality factuality) {
}
