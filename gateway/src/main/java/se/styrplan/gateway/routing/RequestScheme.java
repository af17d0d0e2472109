package se.styrplan.gateway.routing;

import io.vertx.core.http.HttpServerRequest;

/**
 * Whether the caller reached us over TLS: directly, or through a TLS-terminating load balancer that says so in
 * X-Forwarded-Proto. Used for HSTS and the X-Forwarded-Proto sent to the services.
 */
final class RequestScheme {

    private RequestScheme() {
    }

    static boolean isSecure(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        if (forwarded == null) {
            return false;
        }
        int comma = forwarded.indexOf(',');
        String first = (comma < 0 ? forwarded : forwarded.substring(0, comma)).trim();
        return "https".equalsIgnoreCase(first);
    }
}
