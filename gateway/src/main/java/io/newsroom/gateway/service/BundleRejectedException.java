package io.newsroom.gateway.service;

import java.util.List;

/** A bundle that cannot be imported at all (no story, wrong format); item-level problems go in the report instead. */
public class BundleRejectedException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> errors;

    public BundleRejectedException(String message, List<FieldProblem> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
