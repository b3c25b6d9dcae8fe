package io.newsroom.timeline.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of articles, ordered by publication instant.")
public record ArticlePage(
        @Schema(required = true)
        List<Article> items,
        @Schema(required = true, nullable = true, description = "Pass as 'after' to get the next page; null on the last page.")
        String nextCursor) {
}
