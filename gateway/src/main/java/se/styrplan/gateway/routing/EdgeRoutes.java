package se.styrplan.gateway.routing;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;

/**
 * Installs, ahead of every other route (Quarkus's filters included), what every gateway response needs: the
 * request id, the security headers, Secure cookies behind a TLS proxy and the problem+json refusal of a too large
 * declared body.
 */
@ApplicationScoped
public class EdgeRoutes {

    private final ProblemWriter problems;
    private final Optional<MemorySize> maxBodySize;
    private final Optional<String> oidcServer;

    public EdgeRoutes(ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcServer) {
        this.problems = problems;
        this.maxBodySize = maxBodySize;
        this.oidcServer = oidcServer;
    }

    void init(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(new RequestIdHandler());
        router.route().order(Integer.MIN_VALUE).handler(new SecurityHeaders(oidcServer.map(EdgeRoutes::origin).orElse(null)));
        router.route().order(Integer.MIN_VALUE).handler(new SecureCookies());
        maxBodySize.ifPresent(limit -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(new PayloadLimit(limit.asLongValue(), problems)));
    }

    /** scheme://host[:port] of a URL, the form a CSP source takes. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() != -1 ? ":" + uri.getPort() : "");
    }
}
