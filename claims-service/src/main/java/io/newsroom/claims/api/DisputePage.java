package io.newsroom.claims.api;

import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.Pages;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisputePage", description = "One page of the disputes board, newest stance activity first")
public record DisputePage(@Schema(required = true, maxItems = Pages.MAX_LIMIT) List<Dispute> items,
                          @Schema(required = true, nullable = true, description = "Cursor for the next page (pass as 'after'), null on the last page", maxLength = Cursor.MAX_LENGTH)
                          String nextCursor) {
}
