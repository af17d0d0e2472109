package se.styrplan.platform.security.tokens;

import java.util.Map;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus OIDC puts the request it verified a token in into the identity: its Vert.x {@link RoutingContext} and its
 * {@link AuthenticationRequestContext}. A remembered identity must not hold on to the first request (memory, and
 * answers to the wrong request), so it is stored without them and handed out with the current request's.
 */
final class DetachedIdentity {

    private DetachedIdentity() {
    }

    /** A copy without anything that belongs to the request it was verified in. */
    static SecurityIdentity detach(SecurityIdentity identity) {
        return copy(identity).build();
    }

    /** The stored identity for the current request, with its routing context and authentication context. */
    static SecurityIdentity attach(SecurityIdentity stored, RoutingContext routingContext, AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder builder = copy(stored);
        if (routingContext != null) {
            // the key Quarkus OIDC uses, which HttpSecurityUtils.getRoutingContextAttribute(identity) reads first
            builder.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        if (context != null) {
            builder.addAttribute(AuthenticationRequestContext.class.getName(), context);
        }
        return builder.build();
    }

    static boolean belongsToARequest(Object value) {
        return value instanceof RoutingContext || value instanceof AuthenticationRequestContext;
    }

    /**
     * Principal, credentials, roles, permissions and the request-independent attributes. Permission checkers are not
     * copied: Quarkus OIDC adds none (its permissions are the token's scopes, copied here), and the augmentors that
     * add some run again for every request, the remembered identity's included.
     */
    private static QuarkusSecurityIdentity.Builder copy(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addRoles(identity.getRoles());
        if (identity.getPermissions() != null) {
            builder.addPermissions(identity.getPermissions());
        }
        Map<String, Object> attributes = identity.getAttributes();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                if (!belongsToARequest(value)) {
                    builder.addAttribute(name, value);
                }
            });
        }
        return builder;
    }
}
