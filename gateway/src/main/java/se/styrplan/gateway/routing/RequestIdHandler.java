package se.styrplan.gateway.routing;

import org.jboss.logging.MDC;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs first on every request: fixes the request's X-Request-Id by writing it back into the request headers,
 * so the proxy forwards it to the service and platform's RequestIdFilter (for the gateway's own endpoints)
 * uses the same id; into the log context; and onto the response, replacing whatever a service sent.
 */
final class RequestIdHandler implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        String id = RequestIds.resolve(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, id);
        ctx.put(RequestIds.CONTEXT_KEY, id);
        // Quarkus keeps the MDC per request (in its duplicated Vert.x context), so the proxy's log lines carry the id
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
        ctx.next();
    }
}
