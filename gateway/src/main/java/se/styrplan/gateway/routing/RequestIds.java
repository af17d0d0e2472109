package se.styrplan.gateway.routing;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * The request id rule, the same as platform's {@code RequestIdFilter}: a caller's X-Request-Id is kept when it
 * is well formed (so a caller can follow its own id through every log), anything else is replaced, so no
 * caller can inject log lines or huge values.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String CONTEXT_KEY = "styrplan.requestId";
    /** The key the log format prints as [req ...], as platform's RequestIdFilter uses it. */
    static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    static String resolve(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The id {@link RequestIdHandler} gave this request. */
    static String of(RoutingContext ctx) {
        String id = ctx.get(CONTEXT_KEY);
        return id != null ? id : resolve(ctx.request().getHeader(HEADER));
    }
}
