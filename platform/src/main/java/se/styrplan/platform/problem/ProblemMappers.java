package se.styrplan.platform.problem;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception into an RFC 9457 problem+json response. Client errors say what is wrong; server
 * errors say nothing about the inside (the log has the details, found by the request id).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database restart takes seconds; the caller may retry after this many. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return Problems.response(e.status(), e.kind(), e.title(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " inputs are invalid";
        return Problems.response(400, "validation", "Invalid request", detail, path(uri), errors);
    }

    /**
     * Bodies Jackson cannot read or bind. Listed type by type because quarkus-rest-jackson maps
     * {@link MismatchedInputException} itself (with a plain JSON body), and the most specific mapper wins.
     */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String location = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a property this request accepts";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + codesOf(f.getTargetType());
        } else if (e instanceof ValueInstantiationException) {
            message = "is not a valid value";
        } else if (e instanceof MismatchedInputException) {
            message = "has the wrong type or format";
        } else {
            message = null;
        }
        if (message == null || field.isEmpty()) {
            return Problems.response(400, "malformed-body", "Malformed request body",
                    "The request body is not valid JSON for this operation" + location, path(uri));
        }
        return Problems.response(400, "malformed-body", "Malformed request body", "'" + field + "' " + message, path(uri),
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = Problems.response(401, "unauthenticated", "Unauthorized",
                "A valid bearer token is required", path(uri));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"styrplan\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "Forbidden", "Your roles do not allow this", path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return Problems.response(status, Problems.kindOf(status), Problems.titleOf(status),
                    "The service could not complete the request", path(uri));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.ResponseBuilder builder = Response.fromResponse(
                Problems.response(status, Problems.kindOf(status), Problems.titleOf(status), detailOf(status), path(uri)));
        if (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            // the database restarting or busy: the caller's request was fine, and the same one will do in a moment
            LOG.warnf("Request failed while the database was unavailable: %s", e.getMessage());
            return Response.fromResponse(Problems.response(503, "unavailable", "Service Unavailable",
                    "The service's database is not reachable just now; try again shortly", path(uri)))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure", e);
        return Problems.response(500, "internal", "Internal Server Error",
                "The service could not complete the request; the request id identifies it in the logs", path(uri));
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not accepted here";
            default -> Problems.titleOf(status);
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** "create.body.title" → "title": the method and parameter names mean nothing to a caller. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        int index = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            index++;
            if (index <= 1 || node.getKind() == jakarta.validation.ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                // a query or path parameter keeps its name; a body parameter's name is dropped below
                field.append(node.getName());
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName() == null ? "" : node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        String result = field.toString();
        // a body parameter (named arg0, body, request, ...) followed by a property: keep the property path
        int dot = result.indexOf('.');
        return dot > 0 && violation.getPropertyPath().toString().split("\\.").length > 2 ? result.substring(dot + 1) : result;
    }

    /** The values an enumeration accepts in JSON: its {@code @JsonValue} spelling when it has one. */
    private static String codesOf(Class<?> enumeration) {
        Method jsonValue = Arrays.stream(enumeration.getMethods())
                .filter(m -> m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0).findFirst().orElse(null);
        return Arrays.stream(enumeration.getEnumConstants()).map(value -> {
            try {
                return jsonValue == null ? ((Enum<?>) value).name() : String.valueOf(jsonValue.invoke(value));
            } catch (ReflectiveOperationException ex) {
                return ((Enum<?>) value).name();
            }
        }).collect(Collectors.joining(", "));
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
