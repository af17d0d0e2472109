package se.styrplan.gateway.signin;

import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import se.styrplan.gateway.routing.ProblemWriter;

/**
 * The browser's way in and out, and how a failed authentication is answered.
 * <ul>
 * <li>{@code GET /login?redirect=/path}: signs in through Keycloak (authorization code flow with PKCE) unless the
 * browser has a session already, then redirects to the path (same-origin paths only). Keycloak's callback comes
 * back to /login itself; Quarkus OIDC exchanges the code and restores the original query.</li>
 * <li>{@code GET /logout}: Quarkus OIDC drops the session cookie and sends the browser to Keycloak's end-session
 * endpoint (RP-initiated logout), which ends the SSO session and sends it back to {@code /}. Without a session: to
 * {@code /} at once.</li>
 * <li>Everywhere else, a bearer token or session that fails to authenticate is a 401 problem, never a redirect.</li>
 * </ul>
 */
@ApplicationScoped
public class SignInRoutes {

    private static final Logger LOG = Logger.getLogger(SignInRoutes.class);
    /**
     * After Quarkus's authentication handler and Quarkus REST's (both put a failure handler into each request),
     * before the authorization check, which is the first to resolve the identity.
     */
    static final int FAILURE_HANDLER_ORDER = -SecurityHandlerPriorities.AUTHENTICATION + 10;
    /** Before Quarkus REST's catch-all route, like the proxy routes. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final Unauthenticated unauthenticated;
    private final ProblemWriter problems;

    public SignInRoutes(Unauthenticated unauthenticated, ProblemWriter problems) {
        this.unauthenticated = unauthenticated;
        this.problems = problems;
    }

    void init(@Observes Router router) {
        router.route().order(FAILURE_HANDLER_ORDER).handler(this::installFailureHandler);
        router.get(SignIn.LOGIN).order(ORDER).handler(this::login);
        router.get(SignIn.LOGOUT).order(ORDER).handler(this::logout);
    }

    private void installFailureHandler(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (PublicPaths.matches(SignIn.LOGIN, path)) {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) this::loginFailure);
        } else if (PublicPaths.matches(SignIn.LOGOUT, path)) {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) this::logoutFailure);
        } else {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) this::apiFailure);
        }
        ctx.next();
    }

    /** A protected path: whatever went wrong with the credentials, the caller gets a 401 problem. */
    private void apiFailure(RoutingContext ctx, Throwable failure) {
        if (ctx.response().ended()) {
            return;
        }
        Throwable cause = DefaultAuthFailureHandler.extractRootCause(failure);
        if (cause instanceof AuthenticationException) {
            LOG.debugf("%s %s: authentication failed: %s", ctx.request().method(), ctx.normalizedPath(), cause);
            unauthenticated.failed(ctx);
        } else {
            // the identity provider could not be asked (Keycloak unreachable, ...): nothing the caller did wrong
            LOG.warnf("%s %s: authentication could not be completed: %s", ctx.request().method(), ctx.normalizedPath(), cause);
            problems.send(ctx, 503, "unavailable", "Service unavailable", "Sign-in is not available right now. Try again shortly.");
        }
    }

    /**
     * /login: the redirects of the code flow (after the callback, to the restored path without the code), a new
     * sign-in at Keycloak when the session cookie is of no use, and a 401 problem when the callback fails.
     * (Quarkus REST puts a failure handler of its own in the request, which would answer with a problem instead.)
     */
    private void loginFailure(RoutingContext ctx, Throwable failure) {
        Throwable cause = DefaultAuthFailureHandler.extractRootCause(failure);
        if (ctx.response().ended()) {
            return;
        }
        if (cause instanceof AuthenticationRedirectException redirect) {
            redirect(ctx, redirect.getCode(), redirect.getRedirectUri());
        } else if (cause instanceof AuthenticationCompletionException) {
            LOG.infof("Sign-in could not be completed: %s", cause.getMessage());
            SignIn.clearSessionCookies(ctx);
            problems.send(ctx, 401, "sign-in-failed", "Unauthorized",
                    "The sign-in could not be completed. Start again at " + SignIn.LOGIN + ".");
        } else if (cause instanceof AuthenticationException) {
            challenge(ctx); // the session is of no use (expired beyond refresh, or not ours): sign in again
        } else {
            apiFailure(ctx, failure);
        }
    }

    /** /logout: the redirect to Keycloak's end-session endpoint; a session that cannot be read just ends here. */
    private void logoutFailure(RoutingContext ctx, Throwable failure) {
        Throwable cause = DefaultAuthFailureHandler.extractRootCause(failure);
        if (ctx.response().ended()) {
            return;
        }
        if (cause instanceof AuthenticationRedirectException redirect) {
            redirect(ctx, redirect.getCode(), redirect.getRedirectUri());
        } else {
            SignIn.clearSessionCookies(ctx);
            redirect(ctx, 302, SafeRedirect.HOME);
        }
    }

    private void login(RoutingContext ctx) {
        Optional<String> target = SafeRedirect.target(ctx.queryParam("redirect"));
        if (target.isEmpty()) {
            problems.send(ctx, 400, "invalid-redirect", "Bad request",
                    "redirect must be a path on this site, such as /plans; other sites are not allowed");
            return;
        }
        identity(ctx).subscribe().with(identity -> {
            if (ctx.response().ended()) {
                return;
            }
            if (identity.isAnonymous()) {
                challenge(ctx);
            } else {
                redirect(ctx, target.get());
            }
        }, failure -> failed(ctx, failure));
    }

    private void logout(RoutingContext ctx) {
        // with a session, Quarkus OIDC answers while authenticating (the redirect to Keycloak): only the rest gets here
        identity(ctx).subscribe().with(identity -> {
            if (!ctx.response().ended()) {
                redirect(ctx, SafeRedirect.HOME);
            }
        }, failure -> failed(ctx, failure));
    }

    /** Sends the browser to Keycloak's login page (OIDC's challenge, which ProblemChallenge leaves alone on /login). */
    private void challenge(RoutingContext ctx) {
        HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
        noStore(ctx);
        authenticator.sendChallenge(ctx).subscribe().with(done -> {
            if (!ctx.response().ended()) {
                ctx.response().end();
            }
        }, failure -> failed(ctx, failure));
    }

    private static Uni<SecurityIdentity> identity(RoutingContext ctx) {
        return QuarkusHttpUser.getSecurityIdentity(ctx, null);
    }

    private static void redirect(RoutingContext ctx, String location) {
        redirect(ctx, 302, location);
    }

    private static void redirect(RoutingContext ctx, int status, String location) {
        noStore(ctx);
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.LOCATION, location).end();
    }

    private static void noStore(RoutingContext ctx) {
        if (!ctx.response().headWritten()) {
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /**
     * An authentication failure is answered by the failure handler installed above (perhaps asynchronously, as
     * OIDC's challenge is), so it is left to it; anything else is an internal error.
     */
    private static void failed(RoutingContext ctx, Throwable failure) {
        if (DefaultAuthFailureHandler.extractRootCause(failure) instanceof AuthenticationException) {
            return;
        }
        if (!ctx.response().ended() && !ctx.failed()) {
            ctx.fail(failure);
        }
    }
}
