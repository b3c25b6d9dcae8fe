package io.newsroom.gateway.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import did with each item of the bundle. Importing the same bundle again creates "
        + "nothing: every item it created the first time is then listed under 'existing'.")
public record ImportReport(
        @Schema(required = true, description = "The story the bundle holds") String storyId,
        @Schema(required = true, description = "Items created by this import") List<ImportedItem> created,
        @Schema(required = true, description = "Items that were already there and were left as they are") List<ImportedItem> existing,
        @Schema(required = true, description = "Items that were already there and were changed to what the bundle holds: a verdict that "
                + "differed from the bundle's, a claim whose event had been deleted and now names the bundle's event again")
        List<ImportedItem> updated,
        @Schema(required = true, description = "Items that could not be imported, with the reason; the rest of the bundle was imported. "
                + "Fix the cause and post the same bundle again: what is already there is not created twice.")
        List<Rejection> rejected) {

    @Schema(name = "ImportedItem", description = "One item of the bundle and the id it has in this system")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportedItem(
            @Schema(required = true, description = "What kind of record it is", enumeration = {"story", "outlet", "article", "event",
                    "relation", "actor", "claim", "stance", "verdict"}) String kind,
            @Schema(description = "The item's id in the bundle; absent for an item the bundle gave none") String key,
            @Schema(description = "Its id in this system; absent where it has none (a rejected item)") String id) {
    }

    @Schema(name = "ImportRejection", description = "An item that was not imported and why")
    public record Rejection(@Schema(required = true) ImportedItem item,
            @Schema(required = true, description = "Why it was not imported") String reason) {
    }
}
