package se.styrplan.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: what every error response of every service carries.
 * {@code errors} lists each invalid field or row, so a caller can fix all of them at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail, returned with every 4xx and 5xx response")
public record Problem(
        @Schema(description = "A URI naming the kind of problem", examples = "https://styrplan.se/problems/validation")
        URI type,
        @Schema(description = "Short, human-readable summary of the kind of problem", examples = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", examples = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "The request id, also in the X-Request-Id header and the service logs")
        String requestId,
        @Schema(description = "Each invalid field (or row) and why")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Every problem type is this base plus a short kind, e.g. {@code …/problems/version-adopted}. */
    public static final String TYPE_BASE = "https://styrplan.se/problems/";

    @Schema(name = "FieldError", description = "One invalid input and why it is invalid")
    public record FieldError(
            @Schema(description = "Where the invalid value is: a JSON path, query parameter or row", examples = "title")
            String field,
            @Schema(description = "Why it is invalid", examples = "must not be blank")
            String message) {
    }
}
