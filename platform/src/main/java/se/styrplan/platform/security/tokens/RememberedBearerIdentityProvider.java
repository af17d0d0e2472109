package se.styrplan.platform.security.tokens;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.common.runtime.OidcConstants;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before Quarkus OIDC for every token: a bearer access token verified earlier gets its remembered identity
 * ({@link VerifiedTokens}); anything else gets a null item, on which Quarkus asks the next provider, OIDC, which
 * verifies it as before. ID tokens (the gateway's code-flow sessions) are never looked up.
 */
@ApplicationScoped
public class RememberedBearerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Quarkus tries providers in descending priority; OIDC's has the default (1001). */
    static final int PRIORITY = 2001;

    private static final Uni<SecurityIdentity> NOT_MINE = Uni.createFrom().nullItem();

    private final VerifiedTokens tokens;

    RememberedBearerIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!tokens.enabled() || request.getToken() == null || request.getToken().getClass() != AccessTokenCredential.class) {
            return NOT_MINE;
        }
        AccessTokenCredential bearer = (AccessTokenCredential) request.getToken();
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (bearer.isOpaque() || bearer.getToken() == null || routingContext == null || senderConstrained(routingContext)) {
            return NOT_MINE;
        }
        SecurityIdentity remembered = tokens.find(bearer.getToken());
        if (remembered == null) {
            request.setAttribute(BearerInFlight.ATTRIBUTE, new BearerInFlight(bearer.getToken()));
            return NOT_MINE;
        }
        return Uni.createFrom().item(DetachedIdentity.attach(remembered, routingContext, context));
    }

    /** A DPoP proof or a client certificate must be checked against the token on every request: OIDC does that. */
    private static boolean senderConstrained(RoutingContext routingContext) {
        return routingContext.get(OidcUtils.DPOP_PROOF) != null || routingContext.get(OidcConstants.X509_SHA256_THUMBPRINT) != null;
    }
}
