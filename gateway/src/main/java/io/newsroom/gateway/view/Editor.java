package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The editor who did something, as their token names them")
public record Editor(
        @Schema(required = true, description = "The token's subject", examples = "local:ada-desk") String subject,
        @Schema(required = true, description = "Their name", examples = "Ada Desk") String name) {
}
