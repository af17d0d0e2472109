package se.styrplan.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import se.styrplan.platform.web.RequestIdFilter;

/**
 * The request id rule of platform's {@link RequestIdFilter}, on the gateway's Vert.x routes: a caller's X-Request-Id is kept when it
 * is well formed (so a caller can follow its own id through every log), anything else is replaced, so no
 * caller can inject log lines or huge values.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String CONTEXT_KEY = "styrplan.requestId";
    /** The key the log format prints as [req ...], as platform's RequestIdFilter uses it. */
    static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    static String resolve(String given) {
        return RequestIdFilter.resolve(given);
    }

    /** The id {@link RequestIdHandler} gave this request. */
    static String of(RoutingContext ctx) {
        String id = ctx.get(CONTEXT_KEY);
        return id != null ? id : resolve(ctx.request().getHeader(HEADER));
    }
}
