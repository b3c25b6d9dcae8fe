package io.newsroom.stylebook;

import java.util.List;

/**
 * A failure the client can act on, of one type of the catalogue, with a detail written for a
 * person and, for validation failures, the fields at fault. Services throw it; the one mapper per
 * service renders it as an RFC 9457 problem. No stack trace is taken: it is an answer, not a bug.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldProblem> fields;

    public ProblemException(ProblemType type, String detail, List<FieldProblem> fields) {
        super(detail, null, false, false);
        this.type = type;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /** A field, parameter or header that breaks a rule of its type; the detail names the field. */
    public static ProblemException field(ProblemType type, String field, String message) {
        return new ProblemException(type, field + ": " + message, List.of(new FieldProblem(field, message)));
    }

    /** A parameter or header that cannot be read (400). */
    public static ProblemException badParameter(String parameter, String message) {
        return field(ProblemType.BAD_REQUEST, parameter, message);
    }

    /** A value that can be read but breaks a rule (422). */
    public static ProblemException invalid(String field, String message) {
        return field(ProblemType.VALIDATION, field, message);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
