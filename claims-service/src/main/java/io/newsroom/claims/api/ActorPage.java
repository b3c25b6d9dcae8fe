package io.newsroom.claims.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorPage", description = "One page of actors")
public record ActorPage(List<Actor> items,
                        @Schema(description = "Cursor for the next page (pass as 'after'), null on the last page")
                        String nextCursor) {
}
