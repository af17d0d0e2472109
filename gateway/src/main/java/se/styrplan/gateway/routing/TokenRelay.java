package se.styrplan.gateway.routing;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import se.styrplan.gateway.signin.SignIn;

/**
 * A browser's request carries its session in a cookie, but the services only know bearer tokens: when a request
 * comes without an Authorization header and the gateway authenticated it by its session, the session's access
 * token goes to the service as {@code Authorization: Bearer ...}. A caller's own Authorization header passes
 * untouched. The session cookies (Quarkus OIDC's {@code q_session*}, {@code q_auth*}, {@code q_post_logout*})
 * never leave the gateway; other cookies pass.
 */
final class TokenRelay {

    private static final String BEARER = "Bearer ";

    private TokenRelay() {
    }

    /** Applied to the headers going to the service, after the hop-by-hop headers are stripped. */
    static void apply(RoutingContext ctx, MultiMap upstream) {
        stripSessionCookies(upstream);
        if (upstream.contains(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        String token = sessionAccessToken(ctx);
        if (token != null) {
            upstream.set(HttpHeaders.AUTHORIZATION, BEARER + token);
        }
    }

    /**
     * The access token of the session the request was authenticated by; null for a bearer caller, an anonymous one,
     * or when nothing authenticated the request (public paths are not authenticated).
     */
    static String sessionAccessToken(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return null; // only the code flow has an ID token: this is not a session
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        return access == null || access.isOpaque() ? null : access.getToken();
    }

    static void stripSessionCookies(MultiMap headers) {
        List<String> values = headers.getAll(HttpHeaders.COOKIE);
        if (values.isEmpty()) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            for (String pair : value.split(";")) {
                String trimmed = pair.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).trim();
                if (!SignIn.isOidcCookie(name)) {
                    kept.add(trimmed);
                }
            }
        }
        headers.remove(HttpHeaders.COOKIE);
        if (!kept.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, String.join("; ", kept));
        }
    }
}
