package io.newsroom.timeline.rest;

import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters the matched operation does not declare: a misspelt filter
 * ({@code updatedSince}, {@code asOf} where there is no "as of") would otherwise be ignored and
 * the client would take an unfiltered answer for a filtered one.
 */
public class QueryParameterCheck {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknownParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, QueryParameterCheck::queryParameters);
        List<String> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_PARAMETER, "this operation takes no query parameter "
                    + String.join(", ", unknown) + (known.isEmpty() ? "" : "; it takes " + String.join(", ",
                    known.stream().sorted().toList())),
                    unknown.stream().map(name -> new FieldProblem(name, "is not a parameter of this operation")).toList());
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getName(), parameter.getType(), names);
        }
        return Set.copyOf(names);
    }

    private static void collect(AnnotatedElement element, String javaName, Class<?> type, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            names.add(rest.value().isEmpty() ? javaName : rest.value());
        }
        if (element.getAnnotation(BeanParam.class) != null) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    collect(field, field.getName(), field.getType(), names);
                }
            }
        }
    }
}
