package io.newsroom.stylebook;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/**
 * How a field at fault is named in a problem, the same way for a body Jackson could not read and
 * for one Bean Validation refused, in every service: the JSON path as the client wrote it,
 * {@code participants[0].name}, {@code madeAt.edtf}; {@code body} for the body as a whole. (Two
 * names, not overloads, so a service without Bean Validation compiles without its API.)
 */
public final class FieldPaths {

    public static final String BODY = "body";

    private FieldPaths() {
    }

    /** The path Jackson was reading when it failed. */
    public static String json(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                property(out, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? BODY : out.toString();
    }

    /**
     * A violation's path without the method and parameter it was found on
     * ({@code createEvent.input.participants[0].name} becomes {@code participants[0].name}); a
     * violation of a lone parameter (a header, a query parameter) keeps the parameter's name.
     */
    public static String constraint(Path path) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        while (start < nodes.size() && nodes.get(start).getKind() == ElementKind.METHOD) {
            start++;
        }
        if (start < nodes.size() && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            if (start == nodes.size() - 1) {
                return nodes.get(start).getName();
            }
            start++;
        }
        StringBuilder out = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.isInIterable() && out.length() > 0) {
                out.append('[').append(node.getIndex() == null ? node.getKey() : node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                property(out, node.getName());
            }
        }
        return out.length() == 0 ? BODY : out.toString();
    }

    private static void property(StringBuilder out, String name) {
        if (out.length() > 0) {
            out.append('.');
        }
        out.append(name);
    }
}
