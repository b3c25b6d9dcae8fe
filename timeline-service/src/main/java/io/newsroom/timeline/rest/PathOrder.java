package io.newsroom.timeline.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.newsroom.stylebook.ClientReadyDocument;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Puts the operations across stories after the story's own in the OpenAPI document. Clients are
 * generated from this document, and a generator names the models it writes inline after the first
 * operation that uses them: sorted first, the diary and the overdue list (which return the timeline's
 * page) would rename the event models every generated client already uses. Otherwise the document is
 * shaped as every module's is (the stylebook's {@link ClientReadyDocument}).
 */
public class PathOrder extends ClientReadyDocument {

    static final List<String> LAST = List.of("/api/timeline/events", "/api/timeline/diary");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> ordered = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
        for (String path : LAST) {
            PathItem item = ordered.remove(path);
            if (item != null) {
                ordered.put(path, item);
            }
        }
        openAPI.getPaths().setPathItems(ordered);
    }
}
