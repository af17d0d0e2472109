package se.styrplan.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a declared Content-Length above quarkus.http.limits.max-body-size before anything reads the body,
 * with a problem+json body (Quarkus's own check, which runs just after this one, answers with an empty body).
 * Chunked bodies are counted while they stream: see {@link ObservedBody}.
 */
final class PayloadLimit implements Handler<RoutingContext> {

    private final long maxBodyBytes;
    private final ProblemWriter problems;

    PayloadLimit(long maxBodyBytes, ProblemWriter problems) {
        this.maxBodyBytes = maxBodyBytes;
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLarge(declared)) {
            problems.payloadTooLarge(ctx, maxBodyBytes);
            return;
        }
        ctx.next();
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec has already refused a malformed Content-Length
        }
    }
}
