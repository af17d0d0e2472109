package se.styrplan.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser-facing hardening headers on every gateway response: proxied, the gateway's own, and the errors
 * Quarkus writes itself (404, 413, CORS refusals). They are set when the headers go out, so they replace, rather
 * than duplicate, whatever a service sent.
 */
final class SecurityHeaders implements Handler<RoutingContext> {

    /** Swagger UI's page runs inline scripts and styles and draws data: images, so it gets a looser policy. */
    static final String SWAGGER_UI = "/q/swagger-ui";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String policy;
    private final String swaggerUiPolicy;

    /** @param oidcOrigin the Keycloak origin Swagger UI's "Authorize" fetches tokens from; null for none */
    SecurityHeaders(String oidcOrigin) {
        this.policy = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        this.swaggerUiPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'"
                + (oidcOrigin != null ? " " + oidcOrigin : "")
                + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean swaggerUi = path.equals(SWAGGER_UI) || path.startsWith(SWAGGER_UI + "/");
        boolean secure = RequestScheme.isSecure(ctx.request());
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", swaggerUi ? swaggerUiPolicy : policy);
            if (secure) {
                // only over TLS: over plain HTTP the header is meaningless and would be misleading (RFC 6797 §7.2)
                headers.set("Strict-Transport-Security", HSTS);
            } else {
                headers.remove("Strict-Transport-Security");
            }
        });
        ctx.next();
    }
}
