package se.styrplan.gateway.routing;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the gateway sends each service's paths and how patiently. The URLs come from the environment
 * ({@code PLAN_SERVICE_URL}, ...; see application.properties) so that production points them at its own hosts.
 */
@ConfigMapping(prefix = "styrplan.routes")
public interface RoutesConfig {

    Upstream planService();

    Upstream indicatorService();

    Upstream reportingService();

    /** How long to wait for a TCP connection (or a free pooled one) to a service. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** How long a service may take, once the request body is sent, before its response headers arrive. */
    @WithDefault("30S")
    Duration responseTimeout();

    /** Connections kept open to each service at most; further requests wait for a free one. */
    @WithDefault("100")
    int maxConnections();

    CircuitBreakerConfig circuitBreaker();

    interface Upstream {
        /** The service's base URL, e.g. http://plan-service:8081; only scheme, host and port are used. */
        URI url();
    }

    interface CircuitBreakerConfig {
        /** Consecutive failed attempts (no connection, timeout, broken response) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one trial request may pass again. */
        @WithDefault("5S")
        Duration openDuration();
    }
}
