package io.newsroom.claims.rest;

import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters the matched operation does not declare, as every service does: a
 * misspelt filter ({@code updatedSince} for {@code updatedAfter}) would otherwise be ignored and
 * answer a list the client did not ask for.
 */
public class QueryParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, QueryParameters::names);
        List<String> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_PARAMETER,
                    "This operation takes no query parameter " + String.join(", ", unknown),
                    unknown.stream().map(name -> new FieldProblem(name, "is not a parameter of this operation")).toList());
        }
    }

    private static Set<String> names(Method method) {
        Set<String> names = new HashSet<>();
        Annotation[][] parameters = method.getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof RestQuery query) {
                    names.add(query.value().isEmpty() ? method.getParameters()[i].getName() : query.value());
                }
            }
        }
        return names;
    }
}
