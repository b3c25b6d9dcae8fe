package io.newsroom.gateway.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import did with each item of the bundle. Importing the same bundle again creates "
        + "nothing: every item it created the first time is then listed under 'existing'.")
public record ImportReport(
        @Schema(description = "The story the bundle holds") String storyId,
        @Schema(description = "Items created by this import") List<ImportedItem> created,
        @Schema(description = "Items that were already there and were left as they are") List<ImportedItem> existing,
        @Schema(description = "Items that were already there and were changed to what the bundle holds: a verdict that "
                + "differed from the bundle's, a claim whose event had been deleted and now names the bundle's event again")
        List<ImportedItem> updated,
        @Schema(description = "Items that could not be imported, with the reason; the rest of the bundle was imported. "
                + "Fix the cause and post the same bundle again: what is already there is not created twice.")
        List<Rejection> rejected) {

    @Schema(name = "ImportedItem", description = "One item of the bundle and the id it has in this system")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportedItem(
            @Schema(description = "What kind of record it is", enumeration = {"story", "outlet", "article", "event",
                    "relation", "actor", "claim", "stance", "verdict"}) String kind,
            @Schema(description = "The item's id in the bundle") String key,
            @Schema(description = "Its id in this system, where it has one") String id) {
    }

    @Schema(name = "ImportRejection", description = "An item that was not imported and why")
    public record Rejection(ImportedItem item, String reason) {
    }
}
