package io.newsroom.stylebook;

/** What is wrong with one field, parameter or header, named as the client sent it ("participants[0].name"). */
public record FieldProblem(String field, String message) {
}
