package io.newsroom.stylebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Shapes each module's OpenAPI document for the clients generated from it, where the scanner's own
 * output reads badly:
 * <ul>
 * <li>Path parameters come in the order of the path ({@code storyId} before {@code eventId} in
 * {@code /stories/{storyId}/events/{eventId}}), not alphabetically: a generated method takes them in
 * document order, and two ids of one type in the wrong order are easy to swap without a compiler
 * noticing.</li>
 * <li>A schema that is a reference carries no {@code type} or {@code format} of its own: the
 * referenced schema says what it is, and generators drop the sibling with a warning per field.</li>
 * <li>A JSON request body shows a whole example that the service accepts as it is, read from
 * {@code openapi-examples/<operationId>.json} in the module's resources. Without one, Swagger UI pieces an
 * example together from every field's own, which can hold fields that exclude each other (an event's
 * {@code when} and {@code relativeWhen}); each service's tests send every such file.</li>
 * </ul>
 * Registered in each module's configuration as {@code mp.openapi.filter}.
 */
public class ClientReadyDocument implements OASFilter {

    /** Where a module keeps its request examples, one file per operation id. */
    public static final String EXAMPLES = "openapi-examples/";
    private static final String JSON = "application/json";
    private static final ObjectMapper READER = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            item.setParameters(inPathOrder(path.getKey(), item.getParameters()));
            item.getOperations().values().forEach(operation -> {
                operation.setParameters(inPathOrder(path.getKey(), operation.getParameters()));
                exampleOf(operation).ifPresent(example -> operation.getRequestBody().getContent()
                        .getMediaType(JSON).setExample(example));
            });
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

    private static Optional<Object> exampleOf(Operation operation) {
        if (operation.getOperationId() == null || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaType(JSON) == null) {
            return Optional.empty();
        }
        String file = EXAMPLES + operation.getOperationId() + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            return in == null ? Optional.empty() : Optional.of(READER.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the request example " + file + " is not JSON", e);
        }
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
