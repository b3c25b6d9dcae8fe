package io.newsroom.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor involved in the story, with how much they said")
public record ActorView(
        String id,
        String name,
        @Schema(description = "PERSON, ORGANIZATION, GOVERNMENT, MEDIA or GROUP") String kind,
        String description,
        String country,
        @Schema(description = "Claims this actor made in the story") int claims,
        @Schema(description = "Stances this actor took on the story's claims") int stances) {
}
