package se.styrplan.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import se.styrplan.gateway.routing.ProblemWriter;

/**
 * Counts every request (proxied or the gateway's own) against its client's and its address's token bucket, right
 * after the request id and security headers are set and before anything reads the body or checks a token. Over the
 * limit: 429 problem+json with Retry-After in whole seconds. Probes and Prometheus are not counted: they call the
 * management port, which this router does not serve.
 */
@ApplicationScoped
public class RateLimitRoutes {

    /** Just after the edge handlers (request id, headers) that run at Integer.MIN_VALUE. */
    static final int ORDER = Integer.MIN_VALUE + 1;

    private final RateLimitConfig config;
    private final ProblemWriter problems;
    private final Vertx vertx;
    private RateLimits clients;
    private RateLimits addresses;

    public RateLimitRoutes(RateLimitConfig config, ProblemWriter problems, Vertx vertx) {
        this.config = config;
        this.problems = problems;
        this.vertx = vertx;
    }

    void init(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        clients = new RateLimits(config.client().requests(), config.client().period(), System::nanoTime);
        addresses = new RateLimits(config.address().requests(), config.address().period(), System::nanoTime);
        long sweep = Math.max(1000, Math.max(config.client().period().toMillis(), config.address().period().toMillis()));
        vertx.setPeriodic(sweep, id -> {
            clients.forgetIdle();
            addresses.forgetIdle();
        });
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        long wait = addresses.tryTake(ClientKey.address(ctx.request()));
        if (wait == 0) {
            wait = clients.tryTake(ClientKey.of(ctx.request()));
        }
        if (wait == 0) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        problems.send(ctx, 429, "too-many-requests", "Too many requests",
                "This client has made more requests than the gateway allows; try again in " + seconds + " s.");
    }
}
