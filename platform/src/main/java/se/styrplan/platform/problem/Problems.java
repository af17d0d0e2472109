package se.styrplan.platform.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.slf4j.MDC;

import se.styrplan.platform.web.RequestIdFilter;

/** Builds problem+json responses; the one place that decides their shape. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String kind, String title, String detail, String path, List<Problem.FieldError> errors) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + kind), title, status, detail, path,
                requestId == null ? null : requestId.toString(), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String kind, String title, String detail, String path) {
        return response(status, kind, title, detail, path, null);
    }

    /** A short kind for a status when nothing more specific is known. */
    public static String kindOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 502 -> "bad-gateway";
            case 504 -> "gateway-timeout";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "client-error";
        };
    }

    public static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : (status >= 500 ? "Server error" : "Client error");
    }
}
