package se.styrplan.gateway.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Every access token the gateway accepts, a caller's bearer token or the one in a browser session, must be meant
 * for the Styrplan APIs ({@code aud} contains {@value #AUDIENCE}), as every service requires. Quarkus checks the
 * signature, issuer and expiry; in hybrid mode its own audience setting would apply to the ID token as well (whose
 * audience is the gateway's client id), so the access token's audience is checked here.
 */
@ApplicationScoped
public class ApiAudience implements SecurityIdentityAugmentor {

    static final String AUDIENCE = "styrplan-api";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || token.getToken() == null || !hasAudience(token.getToken(), AUDIENCE)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The access token is not meant for " + AUDIENCE));
        }
        return Uni.createFrom().item(identity);
    }

    /** Reads {@code aud} (a string or an array) of an already verified JWT. */
    static boolean hasAudience(String jwt, String audience) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return false;
        }
        try {
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            Object aud = claims.getValue("aud");
            if (aud instanceof String single) {
                return single.equals(audience);
            }
            return aud instanceof JsonArray many && many.contains(audience);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
