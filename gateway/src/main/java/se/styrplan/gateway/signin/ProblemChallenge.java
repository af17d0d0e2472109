package se.styrplan.gateway.signin;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers the challenge for an anonymous caller on a protected path: 401 problem+json with a Bearer challenge,
 * ahead of Quarkus OIDC, whose hybrid mode would redirect every request without an Authorization header to
 * Keycloak. Only the sign-in paths leave the challenge to OIDC. It authenticates nobody itself.
 */
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

    /** Above OIDC's (1001), so its challenge is asked first. */
    static final int PRIORITY = DEFAULT_PRIORITY + 1000;

    private final Unauthenticated unauthenticated;

    public ProblemChallenge(Unauthenticated unauthenticated) {
        this.unauthenticated = unauthenticated;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (SignIn.isSignInPath(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", Unauthenticated.CHALLENGE));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (SignIn.isSignInPath(context.normalizedPath())) {
            return Uni.createFrom().item(false);
        }
        unauthenticated.missing(context);
        return Uni.createFrom().item(true);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
