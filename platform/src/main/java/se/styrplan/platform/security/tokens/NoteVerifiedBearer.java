package se.styrplan.platform.security.tokens;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Runs first of all augmentors and notes the identity Quarkus OIDC made of a bearer token not yet remembered,
 * before any augmentor changes it, so that a remembered identity goes through the augmentors exactly as a freshly
 * verified one does. It stores nothing: {@link RememberVerifiedBearer} does, after the last augmentor.
 */
@ApplicationScoped
public class NoteVerifiedBearer implements SecurityIdentityAugmentor {

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        BearerInFlight inFlight = BearerInFlight.of(attributes);
        if (inFlight != null) {
            inFlight.noteIfItsOwn(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
