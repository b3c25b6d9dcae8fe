package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ChangeType;

@Schema(name = "NewWebhook", description = "A receiver to subscribe: its URL, one story or all, and the change types "
        + "it wants", requiredProperties = { "url" })
public record NewWebhook(
        @Schema(description = "The receiver's http or https URL; its host must resolve to public addresses unless the "
                + "gateway's allow-list names it", maxLength = 2000, examples = "https://cms.example.org/hooks/newsroom")
        String url,
        @Schema(description = "Slug of the one story whose changes to send; give it or allStories", nullable = true,
                examples = "ukraine-peace-plan", maxLength = 200) String storyId,
        @Schema(description = "true for the changes of every story, and of outlets and actors; give it or storyId",
                nullable = true) Boolean allStories,
        @Schema(description = "The change types to send (at most 60); every type when absent or empty", maxItems = 60,
                nullable = true) List<ChangeType> types) {
}
