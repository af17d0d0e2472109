package se.styrplan.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The route handler for one service: refuses at once while the service's circuit is open (or the request's
 * framing cannot be forwarded), otherwise hands the request to a new {@link Exchange}.
 */
final class UpstreamProxy implements Handler<RoutingContext> {

    private final Route route;
    private final CircuitBreaker breaker;
    private final HttpClient client;
    private final ProxySettings settings;
    private final ProblemWriter problems;

    UpstreamProxy(Route route, CircuitBreaker breaker, HttpClient client, ProxySettings settings,
            ProblemWriter problems) {
        this.route = route;
        this.breaker = breaker;
        this.client = client;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!forwardableFraming(ctx)) {
            problems.send(ctx, 400, "bad-request", "Bad request", "Only chunked Transfer-Encoding is supported.");
            return;
        }
        if (!breaker.tryAcquire()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(breaker.retryAfterSeconds()));
            problems.send(ctx, UpstreamFailure.CIRCUIT_OPEN, route.service());
            return;
        }
        new Exchange(ctx, route, breaker, client, settings, problems).start();
    }

    /** A body in another transfer coding (gzip, ...) has no length we could forward it with. */
    private static boolean forwardableFraming(RoutingContext ctx) {
        for (String coding : ctx.request().headers().getAll(HttpHeaders.TRANSFER_ENCODING)) {
            if (!"chunked".equals(coding)) { // exactly what vertx-http-proxy can pipe
                return false;
            }
        }
        return true;
    }
}
