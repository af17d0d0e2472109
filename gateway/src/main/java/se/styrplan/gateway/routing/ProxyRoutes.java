package se.styrplan.gateway.routing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;

/**
 * Mounts the services' paths on Quarkus's own Vert.x router, so proxied requests pass the same HTTP layer as the
 * gateway's endpoints (body size limit, CORS, security headers) while their bodies stream instead of being read.
 * One pooled HTTP client serves all services; each service has its own circuit breaker.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** Before Quarkus REST's catch-all route (which would answer 404), after the security and CORS filters. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final RoutesConfig config;
    private final ProblemWriter problems;
    private final Vertx vertx;
    private final long maxBodyBytes;
    private final boolean traced;
    private HttpClient client;

    public ProxyRoutes(RoutesConfig config, ProblemWriter problems, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "true") boolean tracingOff) {
        this.config = config;
        this.problems = problems;
        this.vertx = vertx;
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.traced = !tracingOff;
    }

    void init(@Observes Router router) {
        client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        // a connection silent for longer than any answer may take is closed, so that one stranded by
                        // an exchange that never finished (seen under overload) returns its pool slot
                        .setIdleTimeout((int) config.responseTimeout().toSeconds() + 5)
                        // bytes pass as the service sent them; the caller negotiated the encoding with it
                        .setDecompressionSupported(false)
                        .setName("gateway-proxy"),
                new PoolOptions().setHttp1MaxSize(config.maxConnections()));
        ProxySettings settings = new ProxySettings(config.connectTimeout().toMillis(),
                config.responseTimeout().toMillis(), maxBodyBytes, traced);
        for (Route route : RouteTable.routes(config)) {
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openDuration());
            UpstreamProxy proxy = new UpstreamProxy(route, breaker, client, settings, problems);
            for (String prefix : route.prefixes()) {
                // "/api/plan/*" matches /api/plan and /api/plan/..., not /api/planet
                router.route(prefix + "/*").order(ORDER).handler(proxy);
            }
            LOG.infof("Routing %s to %s at %s", route.prefixes(), route.service(), route.url());
        }
    }

    void close(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }
}
