package io.newsroom.stylebook;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Applies {@link QueryParameters} to every API operation of a service that indexes this library
 * ({@code quarkus.index-dependency.stylebook.*}), so no service writes the check again. Pages for
 * readers ({@code text/html} only) are left alone: their links travel with tracking parameters
 * ({@code ?utm_source=...}) that must not turn a shared story into an error page.
 */
@Provider
public class UndeclaredQueryParameterFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method operation = resource.getResourceMethod();
        if (operation == null || isPage(operation)) {
            return;
        }
        QueryParameters parameters = QueryParameters.declaredBy(operation);
        List<String> undeclared = parameters.undeclared(request.getUriInfo().getQueryParameters().keySet());
        if (!undeclared.isEmpty()) {
            throw parameters.refusal(undeclared);
        }
    }

    private static boolean isPage(Method operation) {
        Produces produces = operation.getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value()).allMatch(MediaType.TEXT_HTML::equals);
    }
}
