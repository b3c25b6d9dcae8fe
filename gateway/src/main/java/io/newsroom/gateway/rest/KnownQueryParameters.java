package io.newsroom.gateway.rest;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemType;

/**
 * Refuses query parameters the matched operation does not take. A misspelt {@code limt=5} or a parameter of another
 * operation would otherwise be ignored without a word, and the client would believe it was applied.
 */
public class KnownQueryParameters {

    static final String NOT_A_PARAMETER = "is not a parameter of this operation";

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Set<String> accepted = known.computeIfAbsent(method, KnownQueryParameters::queryParameters);
        List<String> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !accepted.contains(name))
                .sorted()
                .toList();
        if (unknown.isEmpty()) {
            return null;
        }
        String detail = "The operation takes no query parameter " + String.join(", ", unknown)
                + (accepted.isEmpty() ? "" : "; it takes " + String.join(", ", accepted.stream().sorted().toList()));
        if (producesHtml(method)) {
            // A reader came with a browser: a page, with the same words.
            return Response.status(Response.Status.BAD_REQUEST).type(ReaderPageResource.HTML)
                    .entity("<!DOCTYPE html><html lang=\"en\"><title>Bad request</title><p>" + escape(detail) + "</p></html>")
                    .build();
        }
        return ProblemMapper.render(ProblemType.UNKNOWN_PARAMETER, detail,
                unknown.stream().map(name -> new FieldProblem(name, NOT_A_PARAMETER)).toList(),
                request.getUriInfo().getPath());
    }

    private static Set<String> queryParameters(Method method) {
        return Arrays.stream(method.getParameters())
                .map(KnownQueryParameters::queryName)
                .filter(name -> name != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String queryName(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest == null) {
            return null;
        }
        // @RestQuery without a value takes the parameter's name, which needs -parameters (set by the parent pom).
        return rest.value().isEmpty() ? parameter.getName() : rest.value();
    }

    private static boolean producesHtml(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value()).anyMatch(type -> type.startsWith(MediaType.TEXT_HTML));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
