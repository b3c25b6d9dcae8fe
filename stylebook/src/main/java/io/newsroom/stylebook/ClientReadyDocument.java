package io.newsroom.stylebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Shapes each service's OpenAPI document for the clients generated from it, where the scanner's own
 * output reads badly:
 * <ul>
 * <li>Path parameters come in the order of the path ({@code storyId} before {@code eventId} in
 * {@code /stories/{storyId}/events/{eventId}}), not alphabetically: a generated method takes them in
 * document order, and two ids of one type in the wrong order are easy to swap without a compiler
 * noticing.</li>
 * <li>A schema that is a reference carries no {@code type} or {@code format} of its own: the
 * referenced schema says what it is, and generators drop the sibling with a warning per field.</li>
 * </ul>
 * Registered in each module's configuration as {@code mp.openapi.filter}.
 */
public class ClientReadyDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            item.setParameters(inPathOrder(path.getKey(), item.getParameters()));
            item.getOperations().values().forEach(operation ->
                    operation.setParameters(inPathOrder(path.getKey(), operation.getParameters())));
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            schema.setType(null);
            schema.setFormat(null);
        }
        return schema;
    }

    /** Path parameters by where they stand in the template, then the others as they were. */
    static List<Parameter> inPathOrder(String template, List<Parameter> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return parameters;
        }
        List<Parameter> ordered = new ArrayList<>(parameters);
        ordered.sort(Comparator.comparingInt(parameter -> position(template, parameter)));
        return ordered;
    }

    private static int position(String template, Parameter parameter) {
        if (parameter.getIn() != Parameter.In.PATH || parameter.getName() == null) {
            return Integer.MAX_VALUE;
        }
        int at = template.indexOf("{" + parameter.getName() + "}");
        return at < 0 ? Integer.MAX_VALUE - 1 : at;
    }
}
