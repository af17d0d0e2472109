package se.styrplan.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Marks every cookie the gateway sets (the session and sign-in state cookies of Quarkus OIDC) {@code Secure} when
 * the caller came over TLS through a terminating proxy ({@code X-Forwarded-Proto: https}); Quarkus OIDC does so
 * only for a direct TLS connection. HttpOnly and SameSite=Lax are set by Quarkus OIDC itself (configuration).
 */
final class SecureCookies implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        if (RequestScheme.isSecure(ctx.request()) && !ctx.request().isSSL()) {
            // headers-end handlers run before Vert.x writes the cookie jar into Set-Cookie headers
            ctx.addHeadersEndHandler(v -> {
                for (Cookie cookie : ctx.request().cookies()) {
                    if (cookie instanceof ServerCookie set && set.isChanged()) {
                        set.setSecure(true);
                    }
                }
            });
        }
        ctx.next();
    }
}
