package se.styrplan.gateway.signin;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.ext.web.RoutingContext;
import se.styrplan.gateway.routing.ProblemWriter;

/**
 * The gateway's 401: problem+json with a Bearer challenge, the same shape as platform's mapper gives the REST
 * endpoints, for the refusals made before a request reaches them (HTTP permissions, failed authentication).
 */
@ApplicationScoped
public class Unauthenticated {

    static final String CHALLENGE = "Bearer realm=\"styrplan\"";

    private final ProblemWriter problems;

    public Unauthenticated(ProblemWriter problems) {
        this.problems = problems;
    }

    /** No credentials at all. */
    void missing(RoutingContext ctx) {
        send(ctx, "Sign in, or send a valid bearer token");
    }

    /** A bearer token or session that did not hold (expired, forged, revoked, not for this API). */
    void failed(RoutingContext ctx) {
        SignIn.clearSessionCookies(ctx);
        send(ctx, "The bearer token or session is not valid (expired, revoked or not for this API); sign in again");
    }

    private void send(RoutingContext ctx, String detail) {
        if (!ctx.response().headWritten()) {
            ctx.response().putHeader("WWW-Authenticate", CHALLENGE);
        }
        problems.send(ctx, 401, "unauthenticated", "Unauthorized", detail);
    }
}
