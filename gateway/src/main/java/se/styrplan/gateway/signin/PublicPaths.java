package se.styrplan.gateway.signin;

import java.util.List;

/**
 * The one list of what the gateway serves without a sign-in. Everything else is denied to anonymous callers: an
 * API path answers 401 problem+json (never a redirect to Keycloak). The HTTP permissions in application.properties
 * ({@code quarkus.http.auth.permission.public.paths}) must list exactly these patterns; PublicPathsTest checks it.
 * <p>
 * Patterns follow Quarkus's HTTP permission rules: {@code /x/*} matches {@code /x} and everything under it, any
 * other pattern only that path (and the same with a trailing slash).
 */
public final class PublicPaths {

    /**
     * The web UI's static assets and its pages: each route of the single-page app gets index.html (data behind a
     * page still needs a sign-in at /api). Keep in step with the routes in src/main/webui/src/App.tsx.
     */
    public static final List<String> WEB = List.of("/", "/assets/*", "/plan/*", "/proposals/*", "/indicators/*", "/follow-up",
            "/data", "/accessibility", "/admin/*");

    /** The services' public reading and the open data: proxied, answered by the services. */
    public static final List<String> OPEN_DATA = List.of("/public/*", "/open-data/*");

    /**
     * The gateway's OpenAPI document, Swagger UI and the one OpenAPI of all services: reading how the API works is
     * public, like each service's own /q/openapi; every operation in it still needs a token. (Health and metrics are
     * not on this port at all: the management interface serves them.)
     */
    public static final List<String> OPERATIONS = List.of("/q/openapi", "/q/swagger-ui/*", "/api/openapi.json");

    /** Sign-in and sign-out: they start (or end) a session themselves. */
    public static final List<String> SIGN_IN = List.of(SignIn.LOGIN, SignIn.LOGOUT);

    public static final List<String> ALL = List.copyOf(concat(WEB, OPEN_DATA, OPERATIONS, SIGN_IN));

    private PublicPaths() {
    }

    /** Whether a (normalized) request path needs no sign-in. */
    public static boolean isPublic(String path) {
        return ALL.stream().anyMatch(pattern -> matches(pattern, path));
    }

    public static boolean matches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return base.isEmpty() || path.equals(base) || path.startsWith(base + "/");
        }
        return path.equals(pattern) || path.equals(pattern + "/");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
