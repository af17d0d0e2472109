package se.styrplan.gateway.signin;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser sign-in paths and the cookies of the session. Only on {@link #LOGIN} and {@link #LOGOUT} does
 * Quarkus OIDC answer in a browser's way (a redirect to Keycloak, the code callback, the RP-initiated logout);
 * everywhere else a missing or broken sign-in is a 401 problem.
 */
public final class SignIn {

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";

    /** Quarkus OIDC's cookies: the session (q_session, or q_session_chunk_N when large), the code-flow state, the post-logout state. */
    private static final String[] OIDC_COOKIE_PREFIXES = { "q_session", "q_auth", "q_post_logout" };
    private static final String SESSION_COOKIE_PREFIX = "q_session";

    private SignIn() {
    }

    static boolean isSignInPath(String path) {
        return PublicPaths.matches(LOGIN, path) || PublicPaths.matches(LOGOUT, path);
    }

    /** Whether a cookie is one of Quarkus OIDC's (never forwarded to a service). */
    public static boolean isOidcCookie(String name) {
        for (String prefix : OIDC_COOKIE_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Tells the browser to drop the session cookies it sent (a session that failed is of no further use). */
    static void clearSessionCookies(RoutingContext ctx) {
        for (String name : ctx.request().cookieMap().keySet()) {
            if (name.startsWith(SESSION_COOKIE_PREFIX) && !ctx.response().headWritten()) {
                ctx.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                        .setSameSite(CookieSameSite.LAX));
            }
        }
    }
}
