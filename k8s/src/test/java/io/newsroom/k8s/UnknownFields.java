package io.newsroom.k8s;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * fabric8's model accepts any field it does not know into additionalProperties, so a misspelt
 * field ("readinesProbe", "runAsNonroot") parses fine and the cluster would silently ignore
 * or reject it. This walks a parsed object and lists every such field with its path.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> in(Object object) {
        List<String> found = new ArrayList<>();
        walk(object, "", found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node == null || node instanceof AnyType || node instanceof GenericKubernetesResource) {
            // Free-form by design (IntOrString, custom resources): checked by the tests that know them.
            return;
        }
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, found));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = node.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getName().equals("additionalProperties")) {
                    if (read(field, node) instanceof Map<?, ?> extra) {
                        extra.keySet().forEach(key -> found.add(path + "." + key));
                    }
                } else if (field.isAnnotationPresent(JsonProperty.class)) {
                    walk(read(field, node), path + "." + field.getAnnotation(JsonProperty.class).value(), found);
                }
            }
        }
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
