package se.styrplan.platform.security.tokens;

import java.util.Map;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A bearer token this process has not remembered, carried in its authentication request's attributes from
 * {@link RememberedBearerIdentityProvider} (which saw the request's credential) through Quarkus OIDC's verification
 * to the augmentors: {@link NoteVerifiedBearer} notes the identity OIDC made of it, {@link RememberVerifiedBearer}
 * stores that once every augmentor has accepted it. One per authentication request; never shared between requests.
 */
final class BearerInFlight {

    static final String ATTRIBUTE = BearerInFlight.class.getName();

    final String token;
    private volatile SecurityIdentity verified;

    BearerInFlight(String token) {
        this.token = token;
    }

    static BearerInFlight of(Map<String, Object> requestAttributes) {
        return requestAttributes != null && requestAttributes.get(ATTRIBUTE) instanceof BearerInFlight inFlight ? inFlight : null;
    }

    /**
     * Notes the identity if it is the bearer identity of exactly this token: authenticated, with this access token
     * as its credential and no ID token (so never a code-flow session).
     */
    void noteIfItsOwn(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) != null) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && token.equals(credential.getToken())) {
            verified = identity;
        }
    }

    SecurityIdentity verified() {
        return verified;
    }
}
