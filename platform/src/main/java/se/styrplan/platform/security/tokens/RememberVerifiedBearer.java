package se.styrplan.platform.security.tokens;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Runs last of all augmentors (after, say, the gateway's audience check) and remembers the identity Quarkus OIDC
 * verified for the request's bearer token, as {@link NoteVerifiedBearer} noted it. Reaching it means that OIDC
 * and every augmentor accepted the token: a failure anywhere ends the authentication before it, so a refused token
 * is never remembered.
 */
@ApplicationScoped
public class RememberVerifiedBearer implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    RememberVerifiedBearer(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        BearerInFlight inFlight = BearerInFlight.of(attributes);
        if (inFlight != null && inFlight.verified() != null) {
            tokens.remember(inFlight.token, inFlight.verified());
        }
        return Uni.createFrom().item(identity);
    }
}
