package se.styrplan.platform.problem;

import java.util.List;

/**
 * A refusal the caller can act on (conflict, not found, invalid state), turned into problem+json by
 * {@link ProblemMappers}. Services throw it instead of building responses.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String kind, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors;
    }

    public ApiException(int status, String kind, String title, String detail) {
        this(status, kind, title, detail, List.of());
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ApiException conflict(String kind, String detail) {
        return new ApiException(409, kind, "Conflict", detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
