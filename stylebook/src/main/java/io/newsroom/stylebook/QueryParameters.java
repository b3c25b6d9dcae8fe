package io.newsroom.stylebook;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters an operation takes, read from its {@code @QueryParam}s, and the refusal of
 * any other: a misspelt filter ({@code updatedSince}) or a parameter of another operation
 * ({@code asOf} on a single event) would otherwise be ignored without a word, and the client would
 * take an unfiltered answer for a filtered one. Each service's request filter asks this once per
 * operation and keeps the answer.
 */
public final class QueryParameters {

    public static final String NOT_A_PARAMETER = "is not a parameter of this operation";

    private final Set<String> declared;

    private QueryParameters(Set<String> declared) {
        this.declared = declared;
    }

    public static QueryParameters declaredBy(Method operation) {
        return new QueryParameters(Arrays.stream(operation.getParameters())
                .map(QueryParameters::name)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** @return the names sent that the operation does not take, sorted; empty when all are known */
    public List<String> undeclared(Collection<String> sent) {
        return sent.stream().filter(name -> !declared.contains(name)).sorted().toList();
    }

    /** The 400 {@code unknown-parameter} problem naming each undeclared parameter and what the operation takes. */
    public ProblemException refusal(List<String> undeclared) {
        return new ProblemException(ProblemType.UNKNOWN_PARAMETER, "this operation takes no query parameter "
                + String.join(", ", undeclared) + (declared.isEmpty() ? ""
                : "; it takes " + String.join(", ", declared.stream().sorted().toList())),
                undeclared.stream().map(name -> new FieldProblem(name, NOT_A_PARAMETER)).toList());
    }

    private static String name(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        return query == null ? null : query.value();
    }
}
